// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct rec { int id; char tag[6]; };
int main(int argc, char **argv) {
  struct rec r;
  int next = 42;
  r.id = argc;
  int n = atoi(argv[1]);
  for (int i = 0; i < n; i++) r.tag[i] = 'a' + i; // BUG
  printf("%d %d %c\n", r.id, next, r.tag[0]);
  return 0;
}
