// EXPECT: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
int main(int argc, char **argv) {
  time_t t = 86400 * atoi(argv[1]);
  struct tm *tm = malloc(sizeof *tm);
  gmtime_r(&t, tm);
  free(tm);
  char *s = asctime(tm); // BUG
  printf("%s", s ? s : "-\n");
  return 0;
}
