// EXPECT: stack-buffer-overflow
// FLAGS: -ftrivial-auto-var-init=pattern
// With -ftrivial-auto-var-init=pattern every local starts filled with
// 0xAA bytes, so a missing terminator no longer shows up as garbage: here
// a name is copied into a local array without its terminator and printed
// with %s, which reads on past the array (no NUL among the pattern bytes).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static size_t name_len(const char *argv2, int n) {
  char name[12];
  memcpy(name, argv2, (size_t)n);
  return strlen(name); // BUG
}

int main(int argc, char **argv) {
  printf("%zu\n", name_len(argv[2], atoi(argv[1]) + 2));   /* 12, no NUL */
  return 0;
}
