// EXPECT: global-buffer-overflow
// strtod of a fixed-width numeric field that has no terminator.
#include <stdio.h>
#include <stdlib.h>
char field[6];
int main(int argc, char **argv) {
  for (int i = 0; i < 6; i++)
    field[i] = '1' + (argv[2][i] - 'A');
  char *end;
  double d = strtod(field, &end); // BUG
  printf("%g %td\n", d, end - field);
  return 0;
}
