// EXPECT: stack-buffer-overflow
// A crash-report helper collects return addresses with backtrace(), but
// passes sizeof(frames) -- a byte count -- as the number of entries: once
// the call chain is deeper than the array, backtrace stores past it.
#include <execinfo.h>
#include <stdio.h>
#include <stdlib.h>

static int capture(void) {
  void *frames[6];
  int n = backtrace(frames, sizeof frames); // BUG
  return n;
}

__attribute__((noinline)) static int descend(int depth) {
  if (depth == 0)
    return capture();
  int r = descend(depth - 1);
  __asm__ volatile("" ::: "memory");
  return r + 0;
}

int main(int argc, char **argv) {
  int n = descend(atoi(argv[1]));
  printf("%d\n", n > 6);
  return 0;
}
