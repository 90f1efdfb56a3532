// EXPECT: stack-use-after-scope
// Picks the clock id slot inside a loop body and keeps a pointer to it;
// the call that fills it runs after the loop, when the slot's scope ended.
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
  clockid_t *slot = NULL;
  for (int i = 0; i < atoi(argv[1]); i++) {
    clockid_t cid;
    if (i == 0)
      slot = &cid;
  }
  if (!slot)
    return 0;
  int r = clock_getcpuclockid(getpid(), slot); // BUG
  printf("%d\n", r);
  return 0;
}
