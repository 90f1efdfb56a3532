// EXPECT: stack-buffer-overflow
// std::array<short, 5>::operator[] (no bounds check) on the stack read with
// an index equal to size(), computed from the command line.
#include <array>
#include <cstdio>
#include <cstdlib>
__attribute__((noinline)) static void fill(std::array<short, 5> &a, int v) { for (auto &x : a) x = v++; }
int main(int argc, char **argv) {
  std::array<short, 5> ids;
  fill(ids, argc);
  size_t k = std::atoi(argv[1]) / 2; // 5
  std::printf("%d\n", ids[k]); // BUG
  return 0;
}
