// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <string.h>
struct Small { int a, b; };
struct Large { int a, b, c, d; };
int main(int argc, char **argv) {
  struct Small s = {1, 2};
  struct Large l;
  memcpy(&l, &s, sizeof l); // BUG
  printf("%d\n", l.a);
  return 0;
}
