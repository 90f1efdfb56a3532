// EXPECT: heap-use-after-free
// An image row is processed as 16-byte GNU vectors (vector_size(16)); the
// row buffer was swapped out and freed by the double-buffer flip, but the
// blend still loads from the old row pointer.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef unsigned char u8x16 __attribute__((vector_size(16), aligned(1)));

struct frame { unsigned char *front, *back; };

__attribute__((noinline)) static void flip(struct frame *f) {
  unsigned char *old = f->front;
  f->front = f->back;
  f->back = malloc(64);
  free(old);
}

__attribute__((noinline)) static unsigned blend(const unsigned char *row) {
  u8x16 a = *(const u8x16 *)row; // BUG
  u8x16 b = a >> 1;
  unsigned s = 0;
  for (int i = 0; i < 16; i++) s += b[i];
  return s;
}

int main(int argc, char **argv) {
  struct frame f = {malloc(64), malloc(64)};
  memcpy(f.front, argv[2], 26);
  const unsigned char *row = f.front;  /* cached */
  if (atoi(argv[1]) > 5) flip(&f);
  printf("%u %d\n", blend(row), argc);
  free(f.front);
  free(f.back);
  return 0;
}
