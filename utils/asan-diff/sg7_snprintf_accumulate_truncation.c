// EXPECT: stack-buffer-overflow
// A report line is built with `off += snprintf(buf + off, sizeof buf - off,
// ...)`; snprintf returns the untruncated length, so after a truncation
// off exceeds the buffer, `sizeof buf - off` wraps to a huge size, and the
// next call writes past the local buffer.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static size_t report(const char *name, int n) {
  char buf[32];
  size_t off = 0;
  off += (size_t)snprintf(buf + off, sizeof buf - off, "name=%s; ", name);
  off += (size_t)snprintf(buf + off, sizeof buf - off, "n=%d", n); // BUG
  return off + (unsigned char)buf[0];
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  printf("%zu %d\n", report(argv[2] + n - 10, n), argc);  /* 26-char name: 33 chars wanted */
  return 0;
}
