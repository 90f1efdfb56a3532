// ===- test/Runtime/overflow/large-mmap.c - past a 4 MiB block ------------===
//
// A 4 MiB block is too big for the size-class allocator and gets its own
// mapping from the secondary allocator, which must still carry a right
// redzone and be found when the report describes the address.
//
// See also: runtime/memscope_allocator.cpp (Allocate, FindHeapChunk).
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  size_t Size = (size_t)4 << 20;
  char *Big = malloc(Size); // ALLOC
  memset(Big, 'a', Size);
  Big[Size + argc - 1] = 'b'; // BOOM
  printf("%c\n", Big[argc]);
  free(Big);
  return 0;
}

// CHECK:      ERROR: memscope: heap-buffer-overflow on address [[ADDR:0x[0-9a-f]+]]
// CHECK-NEXT: WRITE of size 1 at [[ADDR]] thread T0
// CHECK-NEXT:   #0 {{.*}} in main {{.*}}large-mmap.c:[[@LINE-8]]:
// CHECK:      [[ADDR]] is located 0 bytes after 4194304-byte region
// CHECK-NEXT: allocated by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in malloc
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}large-mmap.c:[[@LINE-14]]:
// CHECK:      SUMMARY: memscope: heap-buffer-overflow {{.*}}large-mmap.c:[[@LINE-13]]:{{[0-9]+}} in main
