// EXPECT: heap-use-after-free
// std::next on a std::list iterator after erase(it) freed its node.
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <list>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::list<int> l(argv[2], argv[2] + n);
  auto it = std::next(l.begin(), n / 2);
  l.erase(it);
  auto nx = std::next(it); // BUG
  std::printf("%zu %d\n", l.size(), nx == l.end() ? -1 : 0);
  return 0;
}
