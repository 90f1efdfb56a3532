// EXPECT: none
// The correct way to put a flexible-array struct on the stack: a union of
// the struct with a byte array big enough for header + payload. All
// payload accesses stay within the union's storage.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct Frame {
  unsigned short len;
  unsigned short type;
  unsigned char data[];
};
#define CAP 40
union FrameBuf {
  struct Frame f;
  unsigned char raw[sizeof(struct Frame) + CAP];
};
__attribute__((noinline)) static void fill(struct Frame *f, const char *src, unsigned n) {
  f->len = (unsigned short)n;
  f->type = 3;
  memcpy(f->data, src, n);
}
__attribute__((noinline)) static unsigned sum(const struct Frame *f) {
  unsigned s = f->type;
  for (unsigned i = 0; i < f->len; i++) s += f->data[i];
  return s;
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  union FrameBuf fb;
  unsigned want = (unsigned)(n * 4);  /* 40 == CAP */
  char src[CAP];
  for (unsigned i = 0; i < CAP; i++) src[i] = argv[2][i % 26];
  fill(&fb.f, src, want);
  printf("%u %d\n", sum(&fb.f) + fb.raw[sizeof fb.raw - 1], argc);
  return 0;
}
