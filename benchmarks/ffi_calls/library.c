// ===- benchmarks/ffi_calls/library.c - a library built without memscope -===
//
// Small functions an instrumented program calls with heap pointers, the
// shape of a C API: a checksum over a caller's buffer (handed over), an
// accessor returning a pointer into an object (returned), and a
// create/destroy pair (allocated and freed by foreign code).
// ===----------------------------------------------------------------------===
#include <stdlib.h>
#include <string.h>

struct buffer {
  char *Data;
  size_t Size;
};

unsigned lib_checksum(const unsigned char *P, size_t N) {
  unsigned Sum = 0;
  for (size_t I = 0; I < N; ++I)
    Sum = Sum * 31 + P[I];
  return Sum;
}

char *lib_data(struct buffer *B) { return B->Data; }

struct buffer *lib_create(size_t Size) {
  struct buffer *B = malloc(sizeof *B);
  B->Data = calloc(1, Size);
  B->Size = Size;
  return B;
}

void lib_destroy(struct buffer *B) {
  free(B->Data);
  free(B);
}
