// EXPECT: none
// Iterators re-taken after vector growth, reserve keeping them valid, deque references across push_front, list erase returning next, map erase via it = erase(it), set extract reinserted.
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <list>
#include <map>
#include <set>
#include <string>
#include <vector>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<int> v(n, 1);
  v.reserve(4 * n);
  auto first = v.begin();
  for (int i = 0; i < n; i++) v.push_back(i);
  int s0 = *first;
  for (int i = 0; i < 100 * n; i++) v.push_back(i);
  first = v.begin();
  std::deque<int> d(n, 3);
  int &front = d.front();
  for (int i = 0; i < 200 * n; i++) d.push_front(i);
  int fr = front;
  std::list<int> l(argv[2], argv[2] + n);
  for (auto it = l.begin(); it != l.end();) it = (*it % 2) ? l.erase(it) : std::next(it);
  std::map<int, std::string> m;
  for (int i = 0; i < n; i++) m[i] = std::string(argv[2] + i);
  for (auto it = m.begin(); it != m.end();) it = (it->first % 3) ? m.erase(it) : std::next(it);
  std::set<std::string> ss(m.size() ? std::set<std::string>{m.begin()->second, "x"} : std::set<std::string>{});
  auto nh = ss.extract(ss.begin());
  nh.value() += "!";
  ss.insert(std::move(nh));
  std::printf("%d %d %d %zu %zu %s\n", s0, *first, fr, l.size(), m.size(), ss.begin()->c_str());
  return 0;
}
