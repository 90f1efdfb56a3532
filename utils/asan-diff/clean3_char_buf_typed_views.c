// EXPECT: none
// char buffers aligned with _Alignas used through int, double and
// struct pointers (the buffers sized exactly for the elements written),
// a byte stream parsed with memcpy into aligned words, and a stack
// arena handing out aligned pieces of one array up to its last byte.
#include <stdalign.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct Pt {
  int x, y;
};

struct Arena {
  alignas(16) unsigned char mem[200];
  size_t used;
};

__attribute__((noinline)) static void *take(struct Arena *a, size_t n, size_t al) {
  size_t start = (a->used + al - 1) & ~(al - 1);
  if (start + n > sizeof a->mem) return NULL;
  a->used = start + n;
  return a->mem + start;
}

__attribute__((noinline)) static double views(int v) {
  alignas(int) char ibuf[9 * sizeof(int)];
  alignas(double) char dbuf[5 * sizeof(double)];
  alignas(struct Pt) char pbuf[3 * sizeof(struct Pt)];
  int *ip = (int *)ibuf;
  double *dp = (double *)dbuf;
  struct Pt *pp = (struct Pt *)pbuf;
  for (int i = 0; i < 9; i++) ip[i] = v * i;
  for (int i = 0; i < 5; i++) dp[i] = i / 4.0;
  for (int i = 0; i < 3; i++) pp[i] = (struct Pt){i, -i};
  return ip[8] + dp[4] + pp[2].y;
}

__attribute__((noinline)) static unsigned parse(const unsigned char *s, size_t n) {
  unsigned sum = 0;
  for (size_t off = 0; off + 4 <= n; off += 4) {
    unsigned w;
    memcpy(&w, s + off, 4);
    sum ^= w;
  }
  return sum;
}

int main(int argc, char **argv) {
  int v = atoi(argv[1]);
  double t = 0;
  for (int r = 0; r < 10; r++) t += views(v + r);
  unsigned char stream[26];
  memcpy(stream, argv[2], sizeof stream);
  unsigned p = parse(stream, sizeof stream);
  struct Arena ar = {.used = 0};
  long *l = take(&ar, 5 * sizeof(long), alignof(long));
  char *c = take(&ar, 13, 1);
  double *d = take(&ar, 4 * sizeof(double), alignof(double));
  size_t rest = sizeof ar.mem - ((ar.used + 1) & ~(size_t)1);
  short *s = take(&ar, rest, 2);
  for (int i = 0; i < 5; i++) l[i] = i;
  memset(c, 'c', 13);
  for (int i = 0; i < 4; i++) d[i] = i;
  size_t ns = s ? rest / 2 : 0;
  for (size_t i = 0; i < ns; i++) s[i] = (short)i;
  printf("%.2f %u %ld %c %.1f %zu %zu %d\n", t, p, l[4], c[12], d[3], ns, ar.used,
         argc);
  return 0;
}
