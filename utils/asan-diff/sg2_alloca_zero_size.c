// EXPECT: dynamic-stack-buffer-overflow
// alloca(0) from a computed size; its first byte is written.
#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  size_t n = (size_t)atoi(argv[1]) - 10; /* 0 */
  char *b = alloca(n);
  __asm__ volatile("" : "+r"(b));
  b[0] = (char)argc; // BUG
  printf("%zu\n", n);
  return 0;
}
