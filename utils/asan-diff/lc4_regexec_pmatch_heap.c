// EXPECT: heap-buffer-overflow
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  regex_t re;
  regcomp(&re, "([A-Z])([A-Z])([A-Z])", REG_EXTENDED);
  regmatch_t *m = malloc(2 * sizeof *m);
  int r = regexec(&re, argv[2], atoi(argv[1]) - 6, m, 0); // BUG
  printf("%d %d\n", r, (int)m[0].rm_eo);
  free(m);
  regfree(&re);
  return 0;
}
