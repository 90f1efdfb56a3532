// EXPECT: dynamic-stack-buffer-overflow
// A function reached through a function pointer allocas one byte per call
// (a size the caller passes) in a loop and reads the byte after the last
// one.
#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static int pick(int n, int sz) {
  char *last = 0;
  for (int i = 0; i < n; i++) {
    last = alloca((size_t)sz);
    last[0] = (char)i;
  }
  return last[sz]; // BUG
}
static int (*volatile fn)(int, int) = pick;
int main(int argc, char **argv) {
  printf("%d\n", fn(atoi(argv[1]), argc - 2));
  return 0;
}
