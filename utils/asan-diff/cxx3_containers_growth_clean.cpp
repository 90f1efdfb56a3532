// EXPECT: none
// Containers exercised exactly at their growth boundaries: vectors filled to
// capacity then read at size()-1, strings crossing the SSO limit, deques
// crossing block edges, maps and unordered_maps rehashing, all with indices
// and iterators refreshed after every growth.
#include <cstdio>
#include <deque>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>
int main(int argc, char **argv) {
  long s = 0;
  std::vector<int> v;
  for (int i = 0; i < 1000; i++) {
    if (v.size() == v.capacity()) { s += v.empty() ? 0 : v.data()[v.size() - 1]; }
    v.push_back(i);
    s += v.back();
  }
  v.shrink_to_fit();
  s += v.data()[v.size() - 1];
  std::string str;
  for (int i = 0; i < 40; i++) { str.push_back('a' + i % 26); s += str[str.size() - 1]; s += str.c_str()[str.size()]; }
  std::deque<long> d;
  for (int i = 0; i < 300; i++) { d.push_back(i); d.push_front(-i); }
  for (int i = 0; i < 250; i++) { d.pop_front(); s += d.front() + d.back(); }
  std::unordered_map<int, std::string> um;
  for (int i = 0; i < 500; i++) { um[i] = std::string(i % 40, 'x'); auto it = um.find(i / 2); s += it->second.size(); }
  std::map<std::string, std::vector<int>> m;
  for (int i = 0; i < 100; i++) { auto &vec = m[std::to_string(i % 17)]; vec.push_back(i); s += vec.back(); }
  for (auto it = m.begin(); it != m.end();) { if (it->second.size() > 5) it = m.erase(it); else ++it; }
  s += m.size() + argc;
  std::printf("%ld\n", s);
  return 0;
}
