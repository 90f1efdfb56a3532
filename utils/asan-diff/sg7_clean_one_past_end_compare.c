// EXPECT: none
// One-past-the-end pointers of stack, global and VLA arrays are formed,
// compared, subtracted and used as loop bounds but never dereferenced;
// backward loops stop at the first element without forming p[-1] reads.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int g_table[7] = {1, 2, 3, 4, 5, 6, 7};
static int *const g_end = g_table + 7;
__attribute__((noinline)) static long sum_range(const int *b, const int *e) {
  long s = 0;
  for (const int *p = b; p != e; ++p) s += *p;
  return s;
}
__attribute__((noinline)) static long sum_back(const int *b, const int *e) {
  long s = 0;
  for (const int *p = e; p != b;) s += *--p;
  return s;
}
__attribute__((noinline)) static int contains(const char *b, const char *e, const char *q) {
  return q >= b && q < e;
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  int local[5];
  for (int i = 0; i < 5; i++) local[i] = i * n;
  int vla[n];
  for (int i = 0; i < n; i++) vla[i] = i + argc;
  char buf[13];
  memset(buf, 'x', sizeof buf);
  long s = sum_range(local, local + 5) + sum_back(local, &local[5]);
  s += sum_range(g_table, g_end) + sum_back(g_table, g_end);
  s += sum_range(vla, vla + n) + sum_back(vla, &vla[n]);
  s += contains(buf, buf + sizeof buf, buf + sizeof buf);   /* 0: end excluded */
  s += contains(buf, buf + sizeof buf, buf + 12);
  s += (long)(g_end - g_table) + (&local[5] - &local[0]);
  int *it = local + 5;
  while (it > local && it[-1] > 2 * n) --it;
  s += it - local;
  printf("%ld\n", s);
  return 0;
}
