// EXPECT: stack-buffer-overflow
// getline handed an 8-byte stack array with a claimed capacity of 64: the 26-byte line lands in it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  FILE *f = fmemopen(argv[2], strlen(argv[2]), "r");
  char buf[8];
  char *p = buf;
  size_t cap = atoi(argv[1]) * 6 + 4;
  ssize_t n = getline(&p, &cap, f); // BUG
  printf("%zd %c\n", n, p[0]);
  fclose(f);
  return 0;
}
