// EXPECT: stack-buffer-overflow
// regexec told there are four match slots; the stack array has two.
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  regex_t re;
  regcomp(&re, "([A-Z])([A-Z])([A-Z])", REG_EXTENDED);
  regmatch_t m[2];
  int r = regexec(&re, argv[2], atoi(argv[1]) - 6, m, 0); // BUG
  printf("%d %d\n", r, (int)m[1].rm_eo);
  regfree(&re);
  return 0;
}
