// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
int main(int argc, char **argv) {
  time_t t = atoi(argv[1]) * 100000000L;
  char *b = malloc(16);
  char *r = ctime_r(&t, b); // BUG
  printf("%d\n", r != 0);
  free(b);
  return 0;
}
