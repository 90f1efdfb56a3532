// EXPECT: none
// Recursion 3000 frames deep, each frame with a std::array<int, 32> local
// passed by reference to the next level and read back after it returns.
#include <array>
#include <cstdio>
#include <cstdlib>
__attribute__((noinline)) static long walk(int depth, const std::array<int, 32> &parent) {
  std::array<int, 32> mine;
  for (size_t i = 0; i < mine.size(); i++) mine[i] = parent[31 - i] + depth;
  if (depth == 0) return mine[0];
  long below = walk(depth - 1, mine);
  return below + mine[depth % 32] - parent[depth % 32];
}
int main(int argc, char **argv) {
  std::array<int, 32> root{};
  root.fill(std::atoi(argv[1]));
  long t = 0;
  for (int k = 0; k < 3; k++) t += walk(3000, root);
  std::printf("%ld %d\n", t, argc);
  return 0;
}
