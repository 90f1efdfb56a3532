// ===- test/Runtime/mismatch/new-array-delete.cpp - new[] then delete -----===
//
// An array from new[] released with scalar delete.
//
// See also: mismatch/new-delete-array.cpp (the reverse).
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 -Wno-mismatched-new-delete %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clangxx_memscope -O2 -Wno-mismatched-new-delete %s -o %t && not %t 2>&1 | FileCheck %s

#include <cstdio>

int main(int argc, char **) {
  char *Text = new char[argc + 15]; // ALLOC
  std::snprintf(Text, argc + 15, "argc=%d", argc);
  std::fprintf(stderr, "%s\n", Text);
  delete Text; // BOOM
  return 0;
}

// CHECK:      ERROR: memscope: alloc-dealloc-mismatch (operator new [] vs operator delete) on [[ADDR:0x[0-9a-f]+]] in thread T0
// CHECK-NEXT:   #0 {{.*}} in operator delete(void*
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}new-array-delete.cpp:[[@LINE-6]]:
// CHECK:      [[ADDR]] is located 0 bytes inside of 16-byte region
// CHECK:      allocated by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in operator new[](unsigned long)
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}new-array-delete.cpp:[[@LINE-13]]:
// CHECK:      SUMMARY: memscope: alloc-dealloc-mismatch {{.*}}new-array-delete.cpp:[[@LINE-11]]:{{[0-9]+}} in main
