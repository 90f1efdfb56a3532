// EXPECT: heap-use-after-free
#define _XOPEN_SOURCE 700
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
int main(int argc, char **argv) {
  struct tm *tm = malloc(sizeof *tm);
  free(tm);
  char *e = strptime(argc > 1 ? "2024-02-03" : "1999-01-01", "%Y-%m-%d", tm); // BUG
  printf("%d\n", e != 0);
  return 0;
}
