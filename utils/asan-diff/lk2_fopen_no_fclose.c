// EXPECT: none
// A file is opened and read but never fclose'd; libc keeps the FILE on its list of open streams (a global), so it is reachable.
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static int first(int n) {
  FILE *f = fopen("long.txt", "r");
  int c = 0;
  for (int i = 0; i < n; i++) c = fgetc(f);
  return c;
}
int main(int argc, char **argv) {
  printf("%d\n", first(atoi(argv[1])));
  return 0;
}
