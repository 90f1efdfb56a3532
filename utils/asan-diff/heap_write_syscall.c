// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int main(int argc, char **argv) {
  char *s = malloc(5);
  write(1, s, 9); // BUG
  free(s);
  return 0;
}
