// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <sys/utsname.h>
int main(int argc, char **argv) {
  struct utsname *u = malloc(sizeof *u - 65);
  int r = uname(u); // BUG
  printf("%d %c\n", r, u->sysname[0]);
  free(u);
  return 0;
}
