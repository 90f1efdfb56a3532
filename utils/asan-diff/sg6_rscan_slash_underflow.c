// EXPECT: stack-buffer-underflow
// A basename scan walks backward from the end of a local path copy (the
// frame's first local) for '/', not stopping at the start of the buffer.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static const char *base(const char *s, size_t n) {
  const char *p = s + n - 1;
  while (*p != '/') // BUG
    p--;
  return p + 1;
}
int main(int argc, char **argv) {
  char path[32];
  strncpy(path, argv[2], sizeof path - 1);
  path[31] = 0;
  printf("%s %d\n", base(path, strlen(path)), argc);
  return 0;
}
