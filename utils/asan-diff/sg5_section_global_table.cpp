// EXPECT: global-buffer-overflow
// Hot lookup tables placed in a named data section (.data.hot, not a C
// identifier, so no __start_/__stop_ symbols) read one past the end.
#include <cstdio>
#include <cstdlib>
__attribute__((section(".data.hot"))) int g_weights[6] = {3, 1, 4, 1, 5, 9};
__attribute__((section(".data.hot"))) int g_bias[6] = {2, 7, 1, 8, 2, 8};
__attribute__((noinline)) static int score(int i) { return g_weights[i] * 10 + g_bias[0]; } // BUG
int main(int argc, char **argv) {
  int i = std::atoi(argv[1]) - 4; // 6
  std::printf("%d %d\n", score(i), argc);
  return 0;
}
