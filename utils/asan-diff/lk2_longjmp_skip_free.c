// EXPECT: leak
// A helper allocates a buffer, then longjmps out to main before its free; the abandoned frame held the only pointer.
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static jmp_buf env;
__attribute__((noinline)) static void fail(int code) { longjmp(env, code); }
__attribute__((noinline)) static void work(int n) {
  char *buf = malloc(n * 14); // BUG
  memset(buf, 0, n * 14);
  if (n > 0) fail(n);
  free(buf);
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  int r = setjmp(env);
  if (r == 0) work(atoi(argv[1]));
  scrub();
  printf("jumped %d\n", r);
  return 0;
}
