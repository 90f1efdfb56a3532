// EXPECT: heap-buffer-overflow
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int main(int argc, char **argv) {
  char *b = malloc(4);
  ssize_t n = readlinkat(AT_FDCWD, "/proc/self/exe", b, atoi(argv[1]) * 8); // BUG
  printf("%zd\n", n);
  free(b);
  return 0;
}
