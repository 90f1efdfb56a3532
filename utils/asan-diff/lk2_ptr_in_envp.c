// EXPECT: none
// main overwrites envp[0] in place with a malloc'd "NAME=value" string; the initial environment array lives at the top of the main thread's stack (and environ points to it), so the string is reachable.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static void rewrite(char **envp, int n) {
  char *kv = malloc(n * 33);
  snprintf(kv, n * 33, "LK2_ENVP=%d", n);
  envp[0] = kv;
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv, char **envp) {
  if (!envp[0]) return 0;
  rewrite(envp, atoi(argv[1]));
  scrub();
  printf("%s\n", getenv("LK2_ENVP"));
  return 0;
}
