// EXPECT: none
// Three mutually recursive functions with frames of very different sizes
// (a few bytes, about 700 bytes, about 5 KB), each passing a pointer to
// its own buffer to the next, which reads it while the caller is live.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned small_f(int n, const unsigned char *in, size_t len);
static unsigned mid_f(int n, const unsigned char *in, size_t len);
static unsigned big_f(int n, const unsigned char *in, size_t len);

__attribute__((noinline)) static unsigned digest(const unsigned char *p,
                                                 size_t len) {
  unsigned h = 2166136261u;
  for (size_t i = 0; i < len; i++) h = (h ^ p[i]) * 16777619u;
  return h;
}

__attribute__((noinline)) static unsigned small_f(int n, const unsigned char *in,
                                                  size_t len) {
  unsigned char tiny[3] = {(unsigned char)n, in[len - 1], in[0]};
  if (n <= 0) return digest(tiny, sizeof tiny);
  return digest(tiny, sizeof tiny) + mid_f(n - 1, tiny, sizeof tiny);
}

__attribute__((noinline)) static unsigned mid_f(int n, const unsigned char *in,
                                                size_t len) {
  unsigned char buf[701];
  for (size_t i = 0; i < sizeof buf; i++) buf[i] = in[i % len] + (unsigned char)i;
  if (n <= 0) return digest(buf, sizeof buf);
  return digest(buf + 650, 51) + big_f(n - 1, buf, sizeof buf);
}

__attribute__((noinline)) static unsigned big_f(int n, const unsigned char *in,
                                                size_t len) {
  unsigned char blk[5003];
  memset(blk, n & 0xff, sizeof blk);
  memcpy(blk + sizeof blk - len, in, len);
  if (n <= 0) return digest(blk, sizeof blk);
  return digest(blk + 4000, 1003) + small_f(n - 1, blk, sizeof blk);
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]) * 100;
  unsigned char start[5];
  memcpy(start, argv[2], sizeof start);
  unsigned total = 0;
  for (int r = 0; r < 4; r++) total += small_f(n + r, start, sizeof start);
  printf("%u %d\n", total, argc);
  return 0;
}
