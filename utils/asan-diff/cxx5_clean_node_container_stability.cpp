// EXPECT: none
// References that stay valid: unordered_map across rehash, list across splice, map node handles, deque ends.
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <list>
#include <map>
#include <string>
#include <unordered_map>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::unordered_map<int, std::string> um;
  um[1] = std::string(argv[2]) + argv[2];
  std::string &ref = um[1];
  for (int i = 2; i < 200 * n; i++) um[i] = std::string(1, argv[2][i % 26]);
  um.rehash(4096);
  std::list<int> a, b;
  for (int i = 0; i < n; i++) a.push_back(argv[2][i]);
  auto it = std::next(a.begin(), 3);
  b.splice(b.end(), a);
  a.clear();
  std::map<int, std::string> m1, m2;
  for (int i = 0; i < n; i++) m1.emplace(i, std::string(20, argv[2][i]));
  auto nh = m1.extract(4);
  const std::string &moved = nh.mapped();
  m2.insert(std::move(nh));
  m1.clear();
  std::deque<long> dq;
  dq.push_back(argv[2][0]);
  long &front = dq.front();
  for (int i = 0; i < 300 * n; i++) {
    dq.push_back(i);
    dq.push_front(-i);
  }
  auto m2it = m2.find(4);
  std::printf("%zu %d %zu %d %ld %zu\n", ref.size(), *it, moved.size(),
              m2it->second[0], front, dq.size());
  return 0;
}
