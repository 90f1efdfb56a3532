// EXPECT: none
// main replaces argv[1] with a malloc'd copy (as setproctitle-style code does); the argv array lives at the top of the main thread's stack, which LSan scans, so the copy is reachable.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static void rewrite(char **argv, int n) {
  char *copy = malloc(n * 32);
  snprintf(copy, n * 32, "arg=%s", argv[1]);
  argv[1] = copy;
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  rewrite(argv, atoi(argv[1]));
  scrub();
  printf("%s\n", argv[1]);
  return 0;
}
