// EXPECT: none
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) {
  int i; long l; double d; char w[8]; char set[16]; unsigned x; char c; int n;
  int r = sscanf("42 -7 2.5e3 hello abcXYZ 1f Q", "%d %ld %lf %7s %15[a-z]%*s %x %c%n", &i, &l, &d, w, set, &x, &c, &n);
  char line[64];
  FILE *f = fopen("long.txt", "r");
  char first[8];
  int r2 = fscanf(f, "%7s", first);
  fgets(line, sizeof line, f);
  fclose(f);
  short h; unsigned char hh;
  sscanf(argv[1], "%hd", &h);
  sscanf("200", "%hhu", &hh);
  printf("%d %d %ld %g %s %s %x %c %d %d %s %d %d %zu\n", r, i, l, d, w, set, x, c, n, r2, first, h, hh, strlen(line));
  return 0;
}
