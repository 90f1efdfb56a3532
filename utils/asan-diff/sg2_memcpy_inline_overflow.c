// EXPECT: stack-buffer-overflow
// __builtin_memcpy_inline (llvm.memcpy.inline: always expanded, never a
// call) copying 16 bytes into a 12-byte local.
#include <stdio.h>
#include <stdlib.h>
struct Vec3 { float x, y, z; };
__attribute__((noinline)) static void put4(struct Vec3 *out, const float *in) {
  __builtin_memcpy_inline(out, in, 16); // BUG
}
int main(int argc, char **argv) {
  float in[4] = {1, 2, 3, (float)atoi(argv[1])};
  struct Vec3 v;
  put4(&v, in);
  printf("%f %d\n", v.y, argc);
  return 0;
}
