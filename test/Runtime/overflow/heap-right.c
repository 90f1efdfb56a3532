// ===- test/Runtime/overflow/heap-right.c - a write just past the end -----===
//
// One byte written right after the last byte of a malloc'ed block lands in
// its right redzone: heap-buffer-overflow, 0 bytes to the right, and the
// block is still live, so there is an allocation stack and no free stack.
//
// See also: runtime/memscope_allocator.cpp (redzones), overflow/heap-left.c.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O1 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O3 %s -o %t && not %t 2>&1 | FileCheck %s

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  int Size = 10 + argc;
  char *Buf = malloc(Size); // ALLOC
  memset(Buf, 'a', Size - 1);
  Buf[Size - 1] = '\0';
  Buf[Size] = 'b'; // BOOM
  puts(Buf);
  free(Buf);
  return 0;
}

// CHECK:      ==[[PID:[0-9]+]]==ERROR: memscope: heap-buffer-overflow on address [[ADDR:0x[0-9a-f]+]] at pc 0x{{[0-9a-f]+}} bp 0x{{[0-9a-f]+}} sp 0x{{[0-9a-f]+}}
// CHECK-NEXT: WRITE of size 1 at [[ADDR]] thread T0
// CHECK-NEXT:   #0 0x{{[0-9a-f]+}} in main {{.*}}heap-right.c:[[@LINE-8]]:{{[0-9]+}}
// CHECK:      [[ADDR]] is located 0 bytes after 11-byte region [0x{{[0-9a-f]+}},[[ADDR]])
// CHECK-NEXT: allocated by thread T0 here:
// CHECK-NEXT:   #0 0x{{[0-9a-f]+}} in malloc
// CHECK-NEXT:   #1 0x{{[0-9a-f]+}} in main {{.*}}heap-right.c:[[@LINE-15]]:{{[0-9]+}}
// CHECK-NOT:  freed by thread
// CHECK:      SUMMARY: memscope: heap-buffer-overflow {{.*}}heap-right.c:[[@LINE-14]]:{{[0-9]+}} in main
// CHECK-NEXT: Shadow bytes around the buggy address:
// CHECK:      Shadow byte legend
// CHECK:      ==[[PID]]==ABORTING
