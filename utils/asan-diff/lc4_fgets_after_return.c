// EXPECT: stack-use-after-return
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static char *line_buffer(int n) {
  char buf[64];
  buf[0] = (char)n;
  char *volatile p = buf;
  return p;
}
int main(int argc, char **argv) {
  char *b = line_buffer(atoi(argv[1]));
  FILE *f = fopen("long.txt", "r");
  char *r = fgets(b, 32, f); // BUG
  fclose(f);
  printf("%d\n", r != 0);
  return 0;
}
