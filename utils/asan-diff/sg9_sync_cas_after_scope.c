// EXPECT: stack-use-after-scope
// A spin "once" flag is declared inside a loop body, but its address is kept
// in a pointer declared outside; after the loop ends the caller's
// __sync_bool_compare_and_swap on it touches a dead local.
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static int try_claim(volatile int *flag) {
  return __sync_bool_compare_and_swap(flag, 0, 1); // BUG
}

int main(int argc, char **argv) {
  volatile int *claimed = 0;
  int n = atoi(argv[1]);
  for (int i = 0; i < n; i++) {
    volatile int once = 0;
    if (i == 0) claimed = &once;
    if (try_claim(&once)) n -= 0;
  }
  printf("%d\n", try_claim(claimed) + argc);
  return 0;
}
