// EXPECT: stack-buffer-overflow
// A hand-written memset loop (the optimizer turns it into memset) clearing
// one byte past a 40-byte buffer.
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  char buf[40];
  int n = atoi(argv[1]) * 4 + 1; /* 41 */
  for (int i = 0; i < n; i++) buf[i] = 0; // BUG
  buf[3] = (char)argc;
  __asm__ volatile("" : : "r"(buf) : "memory");
  printf("%d\n", buf[3]);
  return 0;
}
