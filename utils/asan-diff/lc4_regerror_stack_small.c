// EXPECT: stack-buffer-overflow
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  regex_t re;
  int r = regcomp(&re, "a(b", REG_EXTENDED);
  char msg[8];
  size_t n = regerror(r, &re, msg, atoi(argv[1]) * 8); // BUG
  printf("%zu %.8s\n", n, msg);
  return 0;
}
