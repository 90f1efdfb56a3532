// EXPECT: heap-buffer-overflow
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  sigset_t *s = malloc(atoi(argv[1]) * 8);
  int r = sigfillset(s); // BUG
  printf("%d\n", r);
  free(s);
  return 0;
}
