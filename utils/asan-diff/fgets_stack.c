// EXPECT: stack-buffer-overflow
#include <stdio.h>
int main(int argc, char **argv) {
  char line[8];
  FILE *f = fopen("long.txt", "r");
  fgets(line, 64, f); // BUG
  fclose(f);
  printf("%d\n", line[0]);
  return 0;
}
