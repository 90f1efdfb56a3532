// ===- test/Runtime/overflow/off-by-one-malloc0.c - p[0] of malloc(0) -----===
//
// malloc(0) returns a unique pointer to zero usable bytes: even p[0] is out
// of bounds, 0 bytes after a 0-byte region (as ASan reports it).
//
// See also: runtime/memscope_allocator.cpp (Allocate).
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s

#include <stdio.h>
#include <stdlib.h>

// Publishing the block, then calling out, keeps -O2 from deleting it and
// from folding the read of never-written memory.
char *volatile Published;

int main(int argc, char **argv) {
  char *Empty = malloc(argc - 1); // ALLOC
  Published = Empty;
  fprintf(stderr, "allocated\n");
  printf("%d\n", Empty[0]); // BOOM
  free(Empty);
  return 0;
}

// CHECK:      ERROR: memscope: heap-buffer-overflow on address [[ADDR:0x[0-9a-f]+]]
// CHECK-NEXT: READ of size 1 at [[ADDR]] thread T0
// CHECK-NEXT:   #0 {{.*}} in main {{.*}}off-by-one-malloc0.c:[[@LINE-7]]:
// CHECK:      [[ADDR]] is located 0 bytes after 0-byte region [[[ADDR]],[[ADDR]])
// CHECK-NEXT: allocated by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in malloc
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}off-by-one-malloc0.c:[[@LINE-14]]:
// CHECK:      SUMMARY: memscope: heap-buffer-overflow {{.*}}off-by-one-malloc0.c:[[@LINE-12]]:{{[0-9]+}} in main
