// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <sys/prctl.h>
int main(int argc, char **argv) {
  short sig[1];
  int r = prctl(PR_GET_PDEATHSIG + (argc - 3), (unsigned long)sig, 0, 0, 0); // BUG
  printf("%d %d\n", r, sig[0]);
  return 0;
}
