// ===- test/Runtime/use-after-free/free.c - read of a block after free() --===
//
// The plain use-after-free: malloc, free, then a read through the stale
// pointer while the block sits in quarantine. Checks every part of the
// report (docs/Reports.md): the ERROR line, the access, the faulting frame,
// where the address lies, the free and allocation stacks, SUMMARY, exit 1.
//
// See also: runtime/memscope_report.cpp, runtime/memscope_allocator.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O1 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O3 %s -o %t && not %t 2>&1 | FileCheck %s

#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  char *Buf = malloc(10 + argc); // ALLOC
  Buf[argc] = 'x';
  free(Buf); // FREE
  printf("%d\n", Buf[argc + 2]); // BOOM
  return 0;
}

// CHECK:      ==[[PID:[0-9]+]]==ERROR: memscope: heap-use-after-free on address [[ADDR:0x[0-9a-f]+]] at pc 0x{{[0-9a-f]+}} bp 0x{{[0-9a-f]+}} sp 0x{{[0-9a-f]+}}
// CHECK-NEXT: READ of size 1 at [[ADDR]] thread T0
// CHECK-NEXT:   #0 0x{{[0-9a-f]+}} in main {{.*}}free.c:[[@LINE-6]]:{{[0-9]+}}
// CHECK:      [[ADDR]] is located 3 bytes inside of 11-byte region [0x{{[0-9a-f]+}},0x{{[0-9a-f]+}})
// CHECK-NEXT: freed by thread T0 here:
// CHECK-NEXT:   #0 0x{{[0-9a-f]+}} in free
// CHECK-NEXT:   #1 0x{{[0-9a-f]+}} in main {{.*}}free.c:[[@LINE-11]]:{{[0-9]+}}
// CHECK:      previously allocated by thread T0 here:
// CHECK-NEXT:   #0 0x{{[0-9a-f]+}} in malloc
// CHECK-NEXT:   #1 0x{{[0-9a-f]+}} in main {{.*}}free.c:[[@LINE-16]]:{{[0-9]+}}
// CHECK:      SUMMARY: memscope: heap-use-after-free {{.*}}free.c:[[@LINE-14]]:{{[0-9]+}} in main
// CHECK-NEXT: Shadow bytes around the buggy address:
// CHECK:      Shadow byte legend
// CHECK:      ==[[PID]]==ABORTING
