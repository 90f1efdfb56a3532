// EXPECT: heap-use-after-free
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int main(int argc, char **argv) {
  uid_t r, s;
  uid_t *e = malloc(sizeof *e * atoi(argv[1]));
  free(e);
  int rc = getresuid(&r, e, &s); // BUG
  printf("%d %d\n", rc, (int)r);
  return 0;
}
