// EXPECT: stack-buffer-overflow
// read_name() passes its caller's buffer straight on to a worker in tail
// position (a sibling call at -O2), with the capacity of the name field in
// the protocol (24) rather than the caller's buffer (20): the worker's
// copy loop writes past the caller's local.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static size_t copy_field(char *dst, size_t cap,
                                                   const char *src) {
  size_t i = 0;
  for (; i + 1 < cap && src[i]; i++) dst[i] = src[i]; // BUG
  dst[i] = 0;
  return i;
}

__attribute__((noinline)) static size_t read_name(char *dst, const char *src) {
  return copy_field(dst, 24, src);
}

int main(int argc, char **argv) {
  char name[20];
  size_t n = read_name(name, argv[2]);
  printf("%zu %s %d\n", n, name, argc);
  return 0;
}
