// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) {
  char path[8];
  memcpy(path, argv[2] + 18, 8);
  FILE *f = fopen(path, argc > 1 ? "r" : "w"); // BUG
  printf("%d\n", f != 0);
  if (f)
    fclose(f);
  return 0;
}
