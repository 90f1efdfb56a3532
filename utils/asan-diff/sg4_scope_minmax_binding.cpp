// EXPECT: stack-use-after-scope
// FLAGS: -std=c++17
// Structured bindings over std::minmax(x, y * 2): the pair holds references
// and the temporary y * 2 dies at the end of the declaration.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
int main(int argc, char **argv) {
  int x = argc, y = std::atoi(argv[1]);
  auto [lo, hi] = std::minmax(x, y * 2);
  std::printf("%d\n", hi - lo); // BUG
  return 0;
}
