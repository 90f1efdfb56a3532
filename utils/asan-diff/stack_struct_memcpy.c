// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
struct S { int x; char name[12]; };
int main(int argc, char **argv) {
  struct S s;
  const char *src = "0123456789abcdefghij";
  memcpy(s.name, src, 12 + atoi(argv[1])); // BUG
  printf("%c\n", s.name[0]);
  return 0;
}
