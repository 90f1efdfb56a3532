// ===- test/Runtime/free/bad-free-global.c - free() of a global array -----===
//
// free of a global variable's address: bad-free, and the report names the
// global (where it is defined, its size), as ASan does.
//
// See also: free/bad-free-stack.c.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s

#include <stdio.h>
#include <stdlib.h>

char Buffer[64] = "global";

int main(int argc, char **argv) {
  char *P = argc > 5 ? malloc(64) : Buffer;
  fprintf(stderr, "%s\n", P);
  free(P); // BOOM
  return 0;
}

// CHECK:      global
// CHECK:      ERROR: memscope: attempting free on address which was not malloc()-ed: [[ADDR:0x[0-9a-f]+]] in thread T0
// CHECK-NEXT:   #0 {{.*}} in free
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}bad-free-global.c:[[@LINE-7]]:
// CHECK:      [[ADDR]] is located 0 bytes inside of global variable 'Buffer' defined in '{{.*}}bad-free-global.c:{{[0-9]+}}' ({{0x[0-9a-f]+}}) of size 64
// CHECK:      SUMMARY: memscope: bad-free {{.*}}bad-free-global.c:[[@LINE-9]]:{{[0-9]+}} in main
