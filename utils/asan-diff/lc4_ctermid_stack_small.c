// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  char t[4];
  char *r = ctermid(t + (argc - 3)); // BUG
  printf("%.4s\n", r);
  return 0;
}
