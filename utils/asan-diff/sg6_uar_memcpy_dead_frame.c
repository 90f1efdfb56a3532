// EXPECT: stack-use-after-return
// memcpy reads from a buffer in the frame of a function that has returned
// (the pointer came back through an out-parameter).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static void format(int n, const char **out) {
  char line[24];
  snprintf(line, sizeof line, "value=%d;", n);
  *out = line;
}
int main(int argc, char **argv) {
  const char *src;
  char copy[24];
  format(atoi(argv[1]), &src);
  memcpy(copy, src, 10); // BUG
  copy[10] = 0;
  printf("%s %d\n", copy, argc);
  return 0;
}
