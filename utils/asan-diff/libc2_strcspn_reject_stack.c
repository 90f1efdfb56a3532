// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) {
  char reject[3];
  memcpy(reject, argv[2] + 23, 3);
  size_t n = strcspn(argv[2], reject); // BUG
  printf("%zu\n", n);
  return 0;
}
