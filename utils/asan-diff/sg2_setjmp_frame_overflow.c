// EXPECT: stack-buffer-overflow (ASan clears the whole stack above a longjmp, and above a call of fail() once it is known not to return, and misses it)
// A function that calls setjmp (returns_twice) overflows its own local
// array after the longjmp came back.
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
static jmp_buf env;
__attribute__((noinline)) static void fail(int code) { longjmp(env, code); }
__attribute__((noinline)) static int run(int n) {
  int log[8];
  volatile int tries = 0;
  int r = setjmp(env);
  if (r < 3) { tries = tries + 1; fail(r + 1); }
  for (int i = 0; i <= n; i++) log[i] = i + tries; // BUG
  return log[2];
}
int main(int argc, char **argv) {
  printf("%d %d\n", run(atoi(argv[1]) - 2), argc); /* writes log[8] */
  return 0;
}
