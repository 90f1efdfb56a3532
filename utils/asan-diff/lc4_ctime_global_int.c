// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
int stamp = 100000;
int main(int argc, char **argv) {
  stamp += atoi(argv[1]);
  char *s = ctime((time_t *)&stamp); // BUG
  printf("%s", s ? s : "-\n");
  return 0;
}
