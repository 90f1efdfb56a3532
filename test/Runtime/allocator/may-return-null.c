// ===- test/Runtime/allocator/may-return-null.c - NULL, no report ---------===
//
// With allocator_may_return_null=1 every allocation function memscope can
// fail on returns NULL (setting errno to ENOMEM, or EINVAL for an
// aligned_alloc size no multiple of its alignment, as ASan) or, for posix_memalign, an
// error code, instead of reporting; the program carries on, and a failed
// realloc or reallocarray leaves the old block intact. Without the flag,
// the first failure is reported.
//
// See also: runtime/memscope_allocator.cpp, docs/Flags.md,
// allocator/calloc-overflow.c, allocator/too-big.c, allocator/posix-memalign.c.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=allocator_may_return_null=1 %t 2>&1 | FileCheck %s --implicit-check-not="ERROR: memscope"
// RUN: not %t 2>&1 | FileCheck %s --check-prefix=REPORT
// RUN: %clang_memscope -O2 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=allocator_may_return_null=1 %t 2>&1 | FileCheck %s --implicit-check-not="ERROR: memscope"

#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Publishing each result keeps -O2 from folding `malloc(...) == NULL`.
void *volatile Result;

static void show(const char *What, void *P) {
  Result = P;
  fprintf(stderr, "%s: %s%s\n", What, P ? "memory" : "NULL",
          !P && errno == ENOMEM   ? ", ENOMEM"
          : !P && errno == EINVAL ? ", EINVAL"
                                  : "");
  errno = 0;
}

int main(int argc, char **argv) {
  size_t Huge = ((size_t)1 << 41) + argc;
  show("malloc", malloc(Huge));
  show("calloc overflow", calloc(SIZE_MAX / 2 + argc, 4));
  show("calloc huge", calloc(Huge, 1));
  show("aligned_alloc", aligned_alloc(64, Huge - argc));
  show("aligned_alloc odd size", aligned_alloc(64, 90 + argc));

  char *Kept = malloc(16);
  strcpy(Kept, "still here");
  show("realloc", realloc(Kept, Huge));
  show("reallocarray", reallocarray(Kept, SIZE_MAX / 8 + argc, 16));
  fprintf(stderr, "old block: %s\n", Kept);
  free(Kept);

  void *Aligned = &Huge;
  int Status = posix_memalign(&Aligned, 24, 100);
  fprintf(stderr, "posix_memalign: %s, %s\n",
          Status == EINVAL ? "EINVAL" : "not EINVAL",
          Aligned == &Huge ? "untouched" : "overwritten");

  show("small", malloc(32 + argc));
  free(Result);
  return 0;
}

// As ASan and LSan: a warning for each size too big, then NULL.
// CHECK: WARNING: memscope failed to allocate 0x{{[0-9a-f]+}} bytes
// CHECK-NEXT: malloc: NULL, ENOMEM
// CHECK: calloc overflow: NULL, ENOMEM
// CHECK: calloc huge: NULL, ENOMEM
// CHECK: aligned_alloc: NULL, ENOMEM
// CHECK: aligned_alloc odd size: NULL, EINVAL
// CHECK: realloc: NULL, ENOMEM
// CHECK: reallocarray: NULL, ENOMEM
// CHECK: old block: still here
// CHECK: posix_memalign: EINVAL, untouched
// CHECK: small: memory

// REPORT: ERROR: memscope: requested allocation size
// REPORT-NOT: malloc:
