// EXPECT: global-buffer-overflow
// FLAGS: -std=c++20
// std::ranges::copy of a vector into a global std::array that is one element too short.
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <vector>
static std::array<int, 10> g_lut;
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<int> src;
  for (int i = 0; i <= n; i++) src.push_back(argv[2][i] * 3);
  std::ranges::copy(src, g_lut.begin()); // BUG
  std::printf("%d %d\n", g_lut[0], g_lut[9]);
  return 0;
}
