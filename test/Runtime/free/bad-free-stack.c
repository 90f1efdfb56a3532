// ===- test/Runtime/free/bad-free-stack.c - free() of a local array -------===
//
// free of an address on the stack: bad-free; the report names the frame
// and the variable, as ASan's does.
//
// See also: runtime/memscope_report.cpp (ReportBadFree).
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  char Local[32];
  snprintf(Local, sizeof Local, "local%d", argc);
  fprintf(stderr, "%c\n", Local[0]);
  char *P = argc > 5 ? malloc(32) : Local;
  free(P); // BOOM
  return 0;
}

// CHECK:      ERROR: memscope: attempting free on address which was not malloc()-ed: [[ADDR:0x[0-9a-f]+]] in thread T0
// CHECK-NEXT:   #0 {{.*}} in free
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}bad-free-stack.c:[[@LINE-6]]:
// CHECK:      Address [[ADDR]] is located in stack of thread T0 at offset 32 in frame
// CHECK-NEXT:   #0 {{.*}} in main {{.*}}bad-free-stack.c:[[@LINE-13]]
// CHECK:        This frame has 1 object(s):
// CHECK-NEXT:     [32, 64) 'Local' (line [[@LINE-14]]) <== Memory access at offset 32 is inside this variable
// CHECK:      SUMMARY: memscope: bad-free {{.*}}bad-free-stack.c:[[@LINE-11]]:{{[0-9]+}} in main
