// EXPECT: stack-use-after-return
// format_id() formats into a local buffer and returns the result of a
// helper that trims leading zeros, which returns a pointer into its
// argument. The returned pointer points into format_id's dead frame.
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static const char *skip_zeros(const char *s) {
  while (*s == '0' && s[1]) s++;
  return s;
}

__attribute__((noinline)) static const char *format_id(unsigned v) {
  char buf[16];
  snprintf(buf, sizeof buf, "%08u", v);
  return skip_zeros(buf);
}

int main(int argc, char **argv) {
  const char *id = format_id((unsigned)atoi(argv[1]) * 42 + argc);
  char first = id[0]; // BUG
  printf("first digit %c\n", first);
  return 0;
}
