// ===- benchmarks/ffi_calls/program.c - calls into a foreign library ------===
//
// 20 million calls into library.c with pointers (one in twenty creates and
// destroys an object through the API): the cost of watching pointers that
// cross into code built without memscope.
// ===----------------------------------------------------------------------===
#include <stdio.h>
#include <stdlib.h>

struct buffer;
unsigned lib_checksum(const unsigned char *P, size_t N);
char *lib_data(struct buffer *B);
struct buffer *lib_create(size_t Size);
void lib_destroy(struct buffer *B);

int main(void) {
  unsigned char *Mine = malloc(32);
  for (int I = 0; I < 32; ++I)
    Mine[I] = (unsigned char)I;
  struct buffer *B = lib_create(32);
  unsigned Sum = 0;
  for (int I = 0; I < 20000000; ++I) {
    Sum += lib_checksum(Mine, 16);
    Sum += (unsigned)lib_data(B)[I & 31];
    if (I % 20 == 0) {
      lib_destroy(B);
      B = lib_create(32 + (I & 63));
    }
  }
  lib_destroy(B);
  free(Mine);
  printf("%u\n", Sum);
  return 0;
}
