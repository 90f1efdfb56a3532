// EXPECT: stack-buffer-overflow
// A function returning a struct by value builds it in place (the caller's
// return slot) and writes one element past the struct's array.
#include <stdio.h>
#include <stdlib.h>
struct vec { int n; int v[7]; };
__attribute__((noinline)) static struct vec make(int k) {
  struct vec r;
  r.n = 7;
  for (int i = 0; i < k; i++)
    r.v[i] = i * 3; // BUG
  return r;
}
int main(int argc, char **argv) {
  struct vec a = make(atoi(argv[1]) - 2); // 8
  printf("%d %d\n", a.n, a.v[argc]);
  return 0;
}
