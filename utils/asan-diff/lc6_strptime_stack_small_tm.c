// EXPECT: stack-buffer-overflow
// strptime into a stack struct of five ints posing as a struct tm.
#define _XOPEN_SOURCE 700
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
struct small { int f[5]; };
int main(int argc, char **argv) {
  struct small s = {{0}};
  char *r = strptime(argv[1], "%H", (struct tm *)&s); // BUG
  printf("%d %d\n", r != 0, s.f[2]);
  return 0;
}
