// EXPECT: none
// longjmp from the bottom of a recursion 2500 deep whose frames (about
// 700 bytes of locals each) outnumber a fake stack class, so the deepest
// ones are real frames; then recursion that zeroes plain local structs
// with memset, and calls a variadic function, over the abandoned stack.
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static jmp_buf bail;

__attribute__((noinline)) static int fill(unsigned char *p, size_t n, int v) {
  memset(p, v, n);
  return p[n - 1];
}

__attribute__((noinline)) static int dive(int depth) {
  unsigned char scratch[680];
  int s = fill(scratch, sizeof scratch, depth & 0xff);
  if (depth == 0) longjmp(bail, 1 + s);
  return dive(depth - 1) + scratch[depth % 680];
}

struct Row {
  long cells[40];
  char tag[16];
};

__attribute__((noinline)) static long va_total(int n, ...) {
  va_list ap;
  va_start(ap, n);
  long s = 0;
  for (int i = 0; i < n; i++) s += va_arg(ap, int);
  va_end(ap);
  return s;
}

__attribute__((noinline)) static long rows(int depth) {
  struct Row r;
  memset(&r, 0, sizeof r);
  r.cells[39] = depth;
  long s = r.cells[39] + r.tag[15] + va_total(8, depth, 1, 2, 3, 4, 5, 6, 7);
  return depth ? s + rows(depth - 1) : s;
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]) / 5;
  volatile long total = 0;
  for (volatile int r = 0; r < n; r = r + 1) {
    int code = setjmp(bail);
    if (code == 0) dive(2500);
    total = total + code + rows(2000);
  }
  printf("%ld %d\n", (long)total, argc);
  return 0;
}
