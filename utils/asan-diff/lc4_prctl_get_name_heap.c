// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <sys/prctl.h>
int main(int argc, char **argv) {
  prctl(PR_SET_NAME, (unsigned long)"long-process-nm", 0, 0, 0);
  char *name = malloc(atoi(argv[1]) - 2);
  int r = prctl(PR_GET_NAME, (unsigned long)name, 0, 0, 0); // BUG
  printf("%d %.8s\n", r, name);
  free(name);
  return 0;
}
