// EXPECT: stack-buffer-overflow
#include <net/if.h>
#include <stdio.h>
int main(int argc, char **argv) {
  char name[2];
  char *r = if_indextoname(argc > 1 ? 1 : 2, name); // BUG
  printf("%d\n", r != 0);
  return 0;
}
