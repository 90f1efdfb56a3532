// EXPECT: none
// sscanf %6c into 6 bytes, a vsscanf wrapper's %9[A-Z] into 10, fscanf %8s into 9, %n and %hhn into their own types.
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int scan(const char *s, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vsscanf(s, fmt, ap);
  va_end(ap);
  return r;
}
int main(int argc, char **argv) {
  char c[6];
  int r1 = sscanf(argv[2], "%6c", c);
  char *b = malloc(atoi(argv[1]));
  int r2 = scan(argv[2], "%9[A-Z]", b);
  FILE *f = fmemopen(argv[2], strlen(argv[2]), "r");
  char *w = malloc(9);
  int r3 = fscanf(f, "%8s", w);
  fclose(f);
  int pos = 0;
  signed char hh = 0;
  int r4 = sscanf(argv[2], "%*3c%n%*2c%hhn", &pos, &hh);
  printf("%d %.6s %d %s %d %s %d %d %d\n", r1, c, r2, b, r3, w, r4, pos, hh);
  free(w);
  free(b);
  return 0;
}
