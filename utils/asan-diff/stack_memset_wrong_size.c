// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <string.h>
struct Small { int a, b, c; };
struct Large { int a, b, c, d, e, f, g, h; };
int main(int argc, char **argv) {
  struct Small s;
  memset(&s, 0, sizeof(struct Large)); // BUG
  __asm__ volatile("" : : "r"(&s) : "memory");
  s.a = argc;
  printf("%d %d\n", s.a, s.c);
  return 0;
}
