// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <stddef.h>
#include <string.h>
#include <time.h>
int main(int argc, char **argv) {
  struct tm *tm = malloc(offsetof(struct tm, tm_year));
  memset(tm, 0, offsetof(struct tm, tm_year));
  time_t t = mktime(tm); // BUG
  printf("%d\n", t != 0);
  free(tm);
  return 0;
}
