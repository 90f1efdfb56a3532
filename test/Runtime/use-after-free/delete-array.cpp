// ===- test/Runtime/use-after-free/delete-array.cpp - after delete[] ------===
//
// An element of an array read after `delete[]`: the stacks start in
// operator delete[] and operator new[].
//
// See also: runtime/memscope_new_delete.cpp, use-after-free/delete.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clangxx_memscope -O1 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clangxx_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s

#include <cstdio>

int main(int argc, char **) {
  int *Values = new int[argc + 4]; // ALLOC
  for (int I = 0; I < argc + 4; ++I)
    Values[I] = I * argc;
  std::printf("%d\n", Values[argc]);
  delete[] Values; // FREE
  std::printf("%d\n", Values[argc + 1]); // BOOM
  return 0;
}

// CHECK:      ERROR: memscope: heap-use-after-free on address [[ADDR:0x[0-9a-f]+]]
// CHECK-NEXT: READ of size 4 at [[ADDR]] thread T0
// CHECK-NEXT:   #0 {{.*}} in main {{.*}}delete-array.cpp:[[@LINE-6]]:
// CHECK:      [[ADDR]] is located 8 bytes inside of 20-byte region
// CHECK-NEXT: freed by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in operator delete[](void*
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}delete-array.cpp:[[@LINE-11]]:
// CHECK:      previously allocated by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in operator new[](unsigned long)
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}delete-array.cpp:[[@LINE-18]]:
// CHECK:      SUMMARY: memscope: heap-use-after-free {{.*}}delete-array.cpp:[[@LINE-14]]:{{[0-9]+}} in main
