// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
int main(int argc, char **argv) {
  time_t t = 86400L * atoi(argv[1]);
  int small[4];
  localtime_r(&t, (struct tm *)small); // BUG
  printf("%d\n", small[0]);
  return 0;
}
