// EXPECT: stack-buffer-overflow
// A constant 16-byte memcpy (one 16-byte store after -O2) into a 12-byte
// struct on the stack.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct Rgb { float r, g, b; };
struct Rgba { float r, g, b, a; };
__attribute__((noinline)) static void load(struct Rgb *out, const struct Rgba *in) {
  memcpy(out, in, sizeof *in); // BUG
}
int main(int argc, char **argv) {
  struct Rgba in = {1, 2, 3, (float)atoi(argv[1])};
  struct Rgb c;
  load(&c, &in);
  printf("%f %d\n", c.g, argc);
  return 0;
}
