// EXPECT: global-buffer-overflow
// A function-local static history buffer wraps with `pos > 16` instead of
// `>= 16`; the seventeenth entry is written past it.
#include <cstdio>
#include <cstdlib>
__attribute__((noinline)) static int remember(char c) {
  static char history[16];
  static int pos;
  history[pos++] = c; // BUG
  if (pos > 16) pos = 0;
  return history[0];
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]) + 7; // 17
  int s = 0;
  for (int i = 0; i < n; i++) s += remember(argv[2][i % 26]);
  std::printf("%d %d\n", s, argc);
  return 0;
}
