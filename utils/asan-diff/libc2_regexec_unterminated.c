// EXPECT: heap-buffer-overflow
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  regex_t re;
  regcomp(&re, "Z", 0);
  char *s = malloc(8);
  memcpy(s, argv[2], 8);
  int r = regexec(&re, s, 0, 0, 0); // BUG
  printf("%d\n", r);
  regfree(&re);
  free(s);
  return 0;
}
