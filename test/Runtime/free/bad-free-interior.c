// ===- test/Runtime/free/bad-free-interior.c - free(p + 1) ----------------===
//
// free of a pointer into the middle of a live block: bad-free, and the
// report describes the block the address is inside of, with its allocation.
//
// See also: runtime/memscope_report.cpp (ReportBadFree).
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  char *Line = malloc(40); // ALLOC
  strcpy(Line, " trimmed");
  fprintf(stderr, "%s\n", Line + argc);
  free(Line + argc); // BOOM
  return 0;
}

// CHECK:      ERROR: memscope: attempting free on address which was not malloc()-ed: [[ADDR:0x[0-9a-f]+]] in thread T0
// CHECK-NEXT:   #0 {{.*}} in free
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}bad-free-interior.c:[[@LINE-6]]:
// CHECK:      [[ADDR]] is located 1 bytes inside of 40-byte region
// CHECK-NEXT: allocated by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in malloc
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}bad-free-interior.c:[[@LINE-13]]:
// CHECK:      SUMMARY: memscope: bad-free {{.*}}bad-free-interior.c:[[@LINE-11]]:{{[0-9]+}} in main
