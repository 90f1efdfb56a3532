// EXPECT: stack-buffer-underflow
// Trimming trailing blanks with `while (isspace(s[len - 1])) len--` has no
// `len > 0` guard; an all-blank field walks to s[-1].
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static size_t trim(char *s) {
  size_t len = strlen(s);
  while (isspace((unsigned char)s[len - 1])) len--; // BUG
  s[len] = 0;
  return len;
}
int main(int argc, char **argv) {
  char field[16];
  int n = atoi(argv[1]);
  memset(field, ' ', (size_t)n);
  field[n] = 0;
  size_t r = trim(field);
  printf("%zu %d\n", r, argc);
  return 0;
}
