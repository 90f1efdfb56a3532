// EXPECT: global-buffer-overflow
// A cache-line-aligned global histogram (alignas(64)) is written one bin
// past its end. ASan does not instrument globals aligned beyond 32 bytes.
#include <cstdio>
#include <cstdlib>
alignas(64) int g_hist[16];
alignas(64) int g_total;
__attribute__((noinline)) static void add(int bin) { g_hist[bin]++; } // BUG
int main(int argc, char **argv) {
  add(std::atoi(argv[1]) + 6); // 16
  std::printf("%d %d %d\n", g_hist[0], g_total, argc);
  return 0;
}
