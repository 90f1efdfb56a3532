// EXPECT: leak
// The array backtrace_symbols returns (one malloc'd block with the strings) is never freed; the addresses are fixed, unmapped ones so its size does not depend on code layout.
#include <execinfo.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static int trace(int n) {
  void *frames[16];
  int k = n < 16 ? n : 16;
  for (int i = 0; i < k; i++) frames[i] = (void *)(uintptr_t)(0x1000 * (i + 1));
  char **syms = backtrace_symbols(frames, k); // BUG
  int ok = syms && syms[0] != 0;
  __asm__ volatile("" : : "r"(syms) : "memory");
  return ok;
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  int ok = trace(atoi(argv[1]));
  scrub();
  printf("%d\n", ok);
  return 0;
}
