// EXPECT: none
// FLAGS: -stdlib=libc++
// libc++ vector, deque and string with iterators refreshed after every invalidating operation.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <string>
#include <vector>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<int> v;
  v.reserve(n);
  for (int i = 0; i < n; i++) v.push_back(argv[2][i]);
  auto it = v.insert(v.begin(), 42);
  it = v.erase(it);
  v.erase(std::remove_if(v.begin(), v.end(), [](int x) { return x % 2; }), v.end());
  std::deque<int> q;
  for (int i = 0; i < n * 100; i++) q.push_back(argv[2][i % 26]);
  for (int i = 0; i < n * 50; i++) q.pop_front();
  auto qi = q.begin();
  while (qi != q.end() && *qi != 'Z') ++qi;
  int found = qi == q.end() ? -1 : *qi;
  q.shrink_to_fit();
  std::string s(argv[2]);
  s.reserve(200);
  for (int i = 0; i < n; i++) s += s[i];
  auto si = s.find('Q');
  s.erase(0, n);
  std::printf("%zu %d %zu %zu %c\n", v.size(), found, q.size(), si, s[s.size() - 1]);
  return 0;
}
