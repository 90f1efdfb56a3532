// EXPECT: none
// strtol, strtoul, strtod and atoi on fields whose stopping character is the buffer's last byte.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
char field[7];
int main(int argc, char **argv) {
  for (int i = 0; i < 6; i++)
    field[i] = '1' + (argv[2][i] - 'A');
  field[6] = ',';
  char *end;
  double d = strtod(field, &end);
  char hex[9];
  for (int i = 0; i < 8; i++)
    hex[i] = "0123456789abcdef"[(argv[2][i] - 'A') % 16];
  hex[8] = 'x';
  unsigned long u = strtoul(hex, NULL, 16);
  char digit[2] = {argv[1][0], 0};
  int a = atoi(digit);
  char *h = malloc(4);
  memcpy(h, "12;", 4);
  char **ep = malloc(sizeof *ep);
  long l = strtol(h, ep, 10);
  char sp[3] = {' ', '-', 'q'};
  long none = strtol(sp, NULL, 10);
  long long ll = strtoll(argv[1], NULL, 0);
  printf("%g %td %lx %d %ld %td %ld %lld\n", d, end - field, u, a, l, *ep - h, none, ll);
  free(ep);
  free(h);
  return 0;
}
