// EXPECT: heap-use-after-free
#include <stdio.h>
int main(int argc, char **argv) {
  FILE *f = fopen("long.txt", "r");
  fgetc(f);
  fclose(f);
  int flags = *(volatile int *)f; // BUG
  printf("%d\n", flags != 0);
  return 0;
}
