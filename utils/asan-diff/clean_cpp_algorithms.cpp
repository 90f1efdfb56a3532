// EXPECT: none
#include <algorithm>
#include <cstdio>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>
int main(int argc, char **argv) {
  std::vector<std::string> words;
  for (int i = 0; i < 200; i++) words.push_back(std::string(argv[2] + i % 26) + std::to_string(i));
  std::sort(words.begin(), words.end());
  std::stable_sort(words.begin(), words.end(), [](const std::string &a, const std::string &b) { return a.size() < b.size(); });
  std::map<std::string, int> freq;
  std::unordered_map<int, std::vector<int>> buckets;
  for (auto &w : words) { freq[w.substr(0, 2)]++; buckets[(int)w.size()].push_back((int)w[0]); }
  std::set<int> s(words.size() > 5 ? std::set<int>{5, 3, 1} : std::set<int>{});
  std::vector<int> v(1000);
  std::iota(v.begin(), v.end(), argc);
  std::reverse(v.begin(), v.end());
  std::nth_element(v.begin(), v.begin() + 500, v.end());
  auto it = std::lower_bound(words.begin(), words.end(), std::string("M"));
  words.erase(std::remove_if(words.begin(), words.end(), [](const std::string &w) { return w[0] == 'Z'; }), words.end());
  std::string joined;
  for (auto &kv : freq) joined += kv.first;
  std::printf("%zu %zu %zu %d %zu %zu %d\n", words.size(), freq.size(), buckets.size(), v[500], joined.size(), s.size(), it != words.end());
  return 0;
}
