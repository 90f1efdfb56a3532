// EXPECT: stack-buffer-overflow
// A volatile struct copy (llvm.memcpy with isvolatile) reads a 16-byte
// struct from the address of an 8-byte local.
#include <stdio.h>
#include <stdlib.h>
struct Small { int a, b; };
struct Large { int a, b, c, d; };
__attribute__((noinline)) static void grab(volatile struct Large *out, const void *src) {
  *out = *(const volatile struct Large *)src; // BUG
}
int main(int argc, char **argv) {
  struct Small s = {argc, atoi(argv[1])};
  volatile struct Large out;
  grab(&out, &s);
  printf("%d %d\n", out.a, out.b);
  return 0;
}
