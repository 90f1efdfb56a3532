// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
int main(int argc, char **argv) {
  time_t t = 1000000L * atoi(argv[1]);
  struct tm tm;
  gmtime_r(&t, &tm);
  char *out = malloc(16);
  char *r = asctime_r(&tm, out); // BUG
  printf("%c\n", r[0]);
  free(out);
  return 0;
}
