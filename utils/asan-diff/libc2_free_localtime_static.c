// EXPECT: bad-free
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
int main(int argc, char **argv) {
  time_t t = atoi(argv[1]);
  struct tm *tm = localtime(&t);
  printf("%d\n", tm->tm_year);
  free(tm); // BUG
  return 0;
}
