// EXPECT: stack-buffer-overflow
// An array of 3-byte bit-field structs on the stack; a bit-field of the
// element one past the end is read.
#include <stdio.h>
#include <stdlib.h>
struct Flags { unsigned a : 5; unsigned b : 11; unsigned c : 8; } __attribute__((packed));
__attribute__((noinline)) static unsigned get_b(const struct Flags *f, int i) { return f[i].b; } // BUG
int main(int argc, char **argv) {
  struct Flags fl[8];
  for (int i = 0; i < 8; i++) { fl[i].a = i; fl[i].b = i * 100; fl[i].c = i + 1; }
  int k = atoi(argv[1]) - 2;
  printf("%zu %u\n", sizeof fl, get_b(fl, k));
  return 0;
}
