// EXPECT: global-buffer-overflow
// std::nth_element over a global int[8] given an end argv-many elements in.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
int g_vals[8] = {5, 3, 9, 1, 7, 2, 8, 6};
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::nth_element(g_vals, g_vals + 3, g_vals + n); // BUG
  std::printf("%d\n", g_vals[3]);
  return 0;
}
