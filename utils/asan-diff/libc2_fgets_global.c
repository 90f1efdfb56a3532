// EXPECT: global-buffer-overflow
#include <stdio.h>
char line[16];
int main(int argc, char **argv) {
  FILE *f = fopen("long.txt", "r");
  char *r = fgets(line, 64, f); // BUG
  fclose(f);
  printf("%d\n", r != 0);
  return 0;
}
