// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <sys/time.h>
int main(int argc, char **argv) {
  struct timeval tv[1];
  int r = getitimer(ITIMER_REAL + (argc - 3), (struct itimerval *)tv); // BUG
  printf("%d %ld\n", r, (long)tv[0].tv_sec);
  return 0;
}
