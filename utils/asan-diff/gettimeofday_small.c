// EXPECT: stack-buffer-overflow
// ASan has no gettimeofday interceptor and misses this; memscope is expected to report it.
#include <stdio.h>
#include <sys/time.h>
int main(int argc, char **argv) {
  long sec[1];
  gettimeofday((struct timeval *)sec, 0); // BUG
  printf("%d\n", sec[0] > 0);
  return 0;
}
