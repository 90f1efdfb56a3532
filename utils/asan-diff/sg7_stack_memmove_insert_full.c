// EXPECT: stack-buffer-overflow
// Inserting into a sorted local array shifts the tail with memmove; the
// capacity check uses `count > CAP` instead of `count >= CAP`, so inserting
// into a full array moves the last element one slot past the end.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define CAP 10
__attribute__((noinline)) static int insert(int *a, int count, int v) {
  if (count > CAP) return count;
  int pos = 0;
  while (pos < count && a[pos] < v) pos++;
  memmove(&a[pos + 1], &a[pos], (size_t)(count - pos) * sizeof a[0]); // BUG
  a[pos] = v;
  return count + 1;
}
int main(int argc, char **argv) {
  int a[CAP];
  int count = 0;
  int n = atoi(argv[1]);
  for (int i = 0; i <= n; i++) count = insert(a, count, (i * 7) % 13 + argc);
  long s = 0;
  for (int i = 0; i < CAP; i++) s += a[i];
  printf("%ld %d\n", s, count);
  return 0;
}
