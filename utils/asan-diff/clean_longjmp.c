// EXPECT: none
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
jmp_buf env;
__attribute__((noinline)) void deep(int n) { char b[100]; memset(b, n, 100); if (n == 0) longjmp(env, 1); deep(n - 1); b[5]++; }
int main(void) {
  for (int i = 0; i < 100; i++) { if (!setjmp(env)) deep(20); }
  char after[200]; memset(after, 1, 200); printf("%d\n", after[199]); return 0; }
