// EXPECT: none
// Pointers one past the end of stack, global and heap arrays are formed,
// compared and used as loop bounds and as the end of ranges, but never
// dereferenced; a reverse loop stops at the first element.
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int gtab[11] = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5};

__attribute__((noinline)) static long range_sum(const int *b, const int *e) {
  long s = 0;
  for (const int *p = b; p != e; ++p) s += *p;
  return s;
}

__attribute__((noinline)) static const char *find(const char *b, const char *e,
                                                  char c) {
  while (b < e && *b != c) b++;
  return b;
}

__attribute__((noinline)) static long backwards(const short *b, size_t n) {
  long s = 0;
  for (const short *p = b + n; p != b;) s = s * 3 + *--p;
  return s;
}

int main(int argc, char **argv) {
  int v = atoi(argv[1]);
  int local[7];
  for (int i = 0; i < 7; i++) local[i] = i * v;
  char text[26];
  memcpy(text, argv[2], sizeof text);
  short sh[9];
  for (int i = 0; i < 9; i++) sh[i] = (short)(i - 4);
  int *heap = malloc(13 * sizeof *heap);
  for (int i = 0; i < 13; i++) heap[i] = i;

  long t = range_sum(local, local + 7) + range_sum(gtab, gtab + 11) +
           range_sum(heap, heap + 13) + range_sum(local + 7, local + 7);
  const char *end = text + sizeof text;
  const char *hit = find(text, end, 'Z');
  const char *miss = find(text, end, '!');
  t += (hit != end) + (miss == end) * 10 + (long)(hit - text);
  t += backwards(sh, 9);
  int *hend = heap + 13;
  ptrdiff_t span = hend - heap;
  t += span + (hend > heap) + (&gtab[11] - &gtab[0]);
  free(heap);
  printf("%ld %d\n", t, argc);
  return 0;
}
