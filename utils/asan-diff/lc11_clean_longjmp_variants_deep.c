// EXPECT: none
// Unwinds deep recursions that use large stack arrays with _longjmp,
// siglongjmp and (under _FORTIFY_SOURCE at -O2, __longjmp_chk) longjmp,
// then reuses the same stack region with fresh arrays: stale stack
// poisoning from the abandoned frames must not cause reports.
// FLAGS: -D_FORTIFY_SOURCE=2
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static jmp_buf jb;
static sigjmp_buf sjb;
static volatile int sink;

__attribute__((noinline)) static void dive(int depth, int how) {
  char frame[200];
  memset(frame, depth, sizeof frame);
  sink += frame[depth % 200];
  if (depth == 0) {
    if (how == 0)
      _longjmp(jb, 1);
    else if (how == 1)
      siglongjmp(sjb, 2);
    else
      longjmp(jb, 3);
  }
  dive(depth - 1, how);
}

__attribute__((noinline)) static int reuse(int n) {
  char big[4096];
  memset(big, 'x', sizeof big);
  big[n % 4096] = 'y';
  return (int)(strchr(big, 'y') - big);
}

int main(int argc, char **argv) {
  int total = 0;
  for (int how = 0; how < 3; how++) {
    int rc = how == 1 ? sigsetjmp(sjb, 1) : (how == 0 ? _setjmp(jb) : setjmp(jb));
    if (rc == 0)
      dive(20 + argc, how);
    total += rc + reuse(100 * how + argc);
  }
  printf("%d\n", total);
  return 0;
}
