// EXPECT: heap-buffer-overflow
// strncpy bounded by sizeof of the pointer member (8), not of the 5-byte block it points to.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct rec {
  char *code;
  int n;
};
int main(int argc, char **argv) {
  struct rec r;
  r.n = atoi(argv[1]) - 5;
  r.code = malloc(r.n);
  strncpy(r.code, argv[2], sizeof r.code); // BUG
  printf("%.*s\n", r.n, r.code);
  free(r.code);
  return 0;
}
