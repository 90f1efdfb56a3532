// EXPECT: global-buffer-overflow
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
char word[6];
static int readf(FILE *f, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vfscanf(f, fmt, ap); // BUG
  va_end(ap);
  return n;
}
int main(int argc, char **argv) {
  FILE *f = fopen("long.txt", "r");
  int n = readf(f, "%[a-z ]", word);
  fclose(f);
  printf("%d %.6s\n", n, word);
  return 0;
}
