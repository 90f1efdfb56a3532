// ===- test/Runtime/free/double-free.c - free() twice ---------------------===
//
// The second free of a block still in quarantine: double-free, with the
// stack of the second free, then the first free and the allocation.
//
// See also: runtime/memscope_allocator.cpp (BeginFree), free/double-delete.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O1 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  char *Name = malloc(16); // ALLOC
  snprintf(Name, 16, "user%d", argc);
  fprintf(stderr, "%c\n", Name[0]);
  free(Name); // FREE
  free(Name); // BOOM
  return 0;
}

// CHECK:      ==[[PID:[0-9]+]]==ERROR: memscope: attempting double-free on [[ADDR:0x[0-9a-f]+]] in thread T0:
// CHECK-NEXT:   #0 {{.*}} in free
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}double-free.c:[[@LINE-6]]:
// CHECK:      [[ADDR]] is located 0 bytes inside of 16-byte region [[[ADDR]],0x{{[0-9a-f]+}})
// CHECK-NEXT: freed by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in free
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}double-free.c:[[@LINE-11]]:
// CHECK:      previously allocated by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in malloc
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}double-free.c:[[@LINE-17]]:
// CHECK:      SUMMARY: memscope: double-free {{.*}}double-free.c:[[@LINE-14]]:{{[0-9]+}} in main
// CHECK-NEXT: ==[[PID]]==ABORTING

// With malloc_context_size=0 the report still has the free's frame #0.
// RUN: %clang_memscope -O0 %s -o %t
// RUN: not env MEMSCOPE_OPTIONS=malloc_context_size=0 %t 2>&1 | FileCheck %s --check-prefix=CONTEXT0
// CONTEXT0: ERROR: memscope: attempting double-free
// CONTEXT0-NEXT: #0 {{.*}} in free
