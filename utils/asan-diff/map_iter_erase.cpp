// EXPECT: heap-use-after-free
#include <cstdio>
#include <map>
int main(int argc, char **argv) {
  std::map<int, int> m{{1, 2}, {3, 4}};
  auto it = m.find(1);
  m.erase(1);
  std::printf("%d\n", it->second); // BUG
  return 0;
}
