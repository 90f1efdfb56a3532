// EXPECT: stack-buffer-overflow
// An array of 3-byte structs copied element by element (3-byte accesses)
// with one element too many read from the source.
#include <stdio.h>
#include <stdlib.h>
struct Px { unsigned char r, g, b; };
__attribute__((noinline)) static void copy(struct Px *d, const struct Px *s, int n) {
  for (int i = 0; i < n; i++) d[i] = s[i]; // BUG
}
int main(int argc, char **argv) {
  struct Px src[7], dst[16];
  for (int i = 0; i < 7; i++) src[i] = (struct Px){(unsigned char)i, (unsigned char)argc, 9};
  copy(dst, src, atoi(argv[1]) - 2); /* 8 */
  printf("%d %d\n", dst[3].r, dst[6].g);
  return 0;
}
