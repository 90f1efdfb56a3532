// EXPECT: global-buffer-overflow
// strsep's delimiter set is a global char[2] initialized with two characters and no terminator.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
char field_seps[2] = {',', ';'};
int main(int argc, char **argv) {
  char *buf = malloc(64);
  snprintf(buf, 64, "%s;%s,%s", argv[1], argv[2], argv[1]);
  char *p = buf;
  int total = 0;
  char *tok;
  while ((tok = strsep(&p, field_seps)) != NULL) // BUG
    total += (int)strlen(tok);
  printf("%d\n", total);
  free(buf);
  return 0;
}
