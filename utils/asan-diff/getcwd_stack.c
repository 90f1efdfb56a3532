// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <unistd.h>
int main(int argc, char **argv) {
  char b[4];
  char *r = getcwd(b, 200); // BUG
  printf("%p\n", (void *)r);
  return 0;
}
