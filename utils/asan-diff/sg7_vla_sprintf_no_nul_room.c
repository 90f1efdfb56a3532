// EXPECT: dynamic-stack-buffer-overflow
// A "key=value" line is formatted into a VLA sized as
// strlen(key) + 1 + number of digits -- no room for sprintf's NUL.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int digits(int v) {
  int d = 1;
  while (v >= 10) { v /= 10; d++; }
  return d;
}
__attribute__((noinline)) static unsigned emit(const char *key, int val) {
  size_t len = strlen(key) + 1 + (size_t)digits(val);
  char line[len];
  sprintf(line, "%s=%d", key, val); // BUG
  unsigned h = 0;
  for (size_t i = 0; i < len; i++) h = h * 31 + (unsigned char)line[i];
  return h;
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  printf("%u\n", emit(argv[2] + n, n * 123 + argc));
  return 0;
}
