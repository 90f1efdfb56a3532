// EXPECT: none
// Callees writing through out-parameters into the caller's locals, structs
// with arrays returned by value, static buffers returned by pointer.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct Vec { int n; double v[6]; };
__attribute__((noinline)) static struct Vec make(int n) {
  struct Vec r;
  r.n = n;
  for (int i = 0; i < 6; i++) r.v[i] = n * i;
  return r;
}
__attribute__((noinline)) static void split(const char *s, char *head, size_t cap, int *len) {
  size_t i = 0;
  for (; i + 1 < cap && s[i] && s[i] != 'M'; i++) head[i] = s[i];
  head[i] = 0;
  *len = (int)i;
}
__attribute__((noinline)) static const char *label(int i) {
  static char buf[24];
  snprintf(buf, sizeof buf, "label-%d", i);
  return buf;
}
int main(int argc, char **argv) {
  struct Vec a = make(atoi(argv[1])), b = make(argc);
  char head[8];
  int len;
  split(argv[2], head, sizeof head, &len);
  const char *l = label(len);
  char copy[24];
  strcpy(copy, l);
  printf("%f %f %s %d %s\n", a.v[5], b.v[5], head, len, copy);
  return 0;
}
