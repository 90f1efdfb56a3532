// EXPECT: heap-use-after-free
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *pat = malloc(16);
  strcpy(pat, "^[A-Z]+$");
  pat[1] = argv[1][0] == '1' ? '[' : '(';
  free(pat);
  regex_t re;
  int r = regcomp(&re, pat, REG_EXTENDED | REG_NOSUB); // BUG
  printf("%d\n", r);
  if (r == 0)
    regfree(&re);
  return 0;
}
