// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
int main(int argc, char **argv) {
  wchar_t w[8];
  FILE *f = fopen("long.txt", "r");
  wchar_t *r = fgetws(w, atoi(argv[1]) * 2, f); // BUG
  fclose(f);
  printf("%d\n", r != 0);
  return 0;
}
