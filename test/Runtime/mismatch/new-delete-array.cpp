// ===- test/Runtime/mismatch/new-delete-array.cpp - new then delete[] -----===
//
// A single object from new released with delete[].
//
// See also: mismatch/new-array-delete.cpp (the reverse).
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 -Wno-mismatched-new-delete %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clangxx_memscope -O2 -Wno-mismatched-new-delete %s -o %t && not %t 2>&1 | FileCheck %s

#include <cstdio>

int main(int argc, char **) {
  double *Value = new double(argc * 1.5); // ALLOC
  std::fprintf(stderr, "%g\n", *Value);
  delete[] Value; // BOOM
  return 0;
}

// CHECK:      ERROR: memscope: alloc-dealloc-mismatch (operator new vs operator delete []) on [[ADDR:0x[0-9a-f]+]] in thread T0
// CHECK-NEXT:   #0 {{.*}} in operator delete[](void*
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}new-delete-array.cpp:[[@LINE-6]]:
// CHECK:      [[ADDR]] is located 0 bytes inside of 8-byte region
// CHECK:      allocated by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in operator new(unsigned long)
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}new-delete-array.cpp:[[@LINE-12]]:
// CHECK:      SUMMARY: memscope: alloc-dealloc-mismatch {{.*}}new-delete-array.cpp:[[@LINE-11]]:{{[0-9]+}} in main
