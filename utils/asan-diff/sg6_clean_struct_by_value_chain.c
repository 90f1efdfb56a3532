// EXPECT: none
// Large structs (arrays of nested structs) returned by value through a
// chain of calls and passed by value, written exactly to the last element.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct cell { char c[3]; short w; };
struct page { int n; struct cell cells[100]; char title[13]; };
__attribute__((noinline)) static struct page blank(int n) {
  struct page p;
  memset(&p, 0, sizeof p);
  p.n = n;
  memcpy(p.title, "abcdefghijkl", 13);
  return p;
}
__attribute__((noinline)) static struct page fill(int n) {
  struct page p = blank(n);
  for (int i = 0; i < 100; i++) { p.cells[i].c[0] = p.cells[i].c[2] = (char)i; p.cells[i].w = (short)(i * n); }
  return p;
}
__attribute__((noinline)) static long sum(struct page p) {
  long s = p.n + p.title[12] + p.title[11];
  for (int i = 0; i < 100; i++) s += p.cells[i].c[2] + p.cells[i].w;
  p.cells[99].c[2] = 9;
  return s + p.cells[99].c[2];
}
__attribute__((noinline)) static struct page twice(int n) { struct page a = fill(n); struct page b = fill(a.n + 1); b.cells[99] = a.cells[99]; return b; }
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  long s = 0;
  for (int r = 0; r < 4; r++) s += sum(twice(n + r));
  struct page arr[3] = {fill(1), fill(2), fill(3)};
  s += arr[2].cells[99].w + sum(arr[2]);
  printf("%ld %d\n", s, argc);
  return 0;
}
