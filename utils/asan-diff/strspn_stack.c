// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) {
  char b[5];
  memset(b, 'a' + (argc > 5), sizeof b);
  size_t n = strspn(b, "ab"); // BUG
  printf("%zu\n", n);
  return 0;
}
