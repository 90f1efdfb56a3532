// EXPECT: heap-buffer-overflow
// asctime_r writes its 26 bytes into a 20-byte heap block.
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
int main(int argc, char **argv) {
  time_t t = atoi(argv[1]) * 100000;
  struct tm tm;
  gmtime_r(&t, &tm);
  char *b = malloc(atoi(argv[1]) * 2);
  char *r = asctime_r(&tm, b); // BUG
  printf("%s", r);
  free(b);
  return 0;
}
