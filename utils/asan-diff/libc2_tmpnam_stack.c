// EXPECT: stack-buffer-overflow
#include <stdio.h>
int main(int argc, char **argv) {
  char name[8];
  char *r = tmpnam(argc > 1 ? name : 0); // BUG
  printf("%d\n", r != 0);
  return 0;
}
