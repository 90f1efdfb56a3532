// EXPECT: stack-use-after-return (a function that calls setjmp keeps its frame on the real stack in both tools: both miss)
// A function that calls setjmp returns a pointer to its local; the caller
// reads it after the return.
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
static jmp_buf env;
__attribute__((noinline)) static void bail(void) { longjmp(env, 1); }
__attribute__((noinline)) static int *guarded(int n) {
  int vals[6];
  for (int i = 0; i < 6; i++) vals[i] = n + i;
  if (setjmp(env) == 0) bail();
  int *volatile p = vals;
  return p;
}
int main(int argc, char **argv) {
  int *p = guarded(atoi(argv[1]));
  printf("%d\n", p[argc]); // BUG
  return 0;
}
