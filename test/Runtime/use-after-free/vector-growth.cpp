// ===- test/Runtime/use-after-free/vector-growth.cpp - a stale element ----===
//
// A pointer to an element of a std::vector, kept across push_back calls that
// make the vector reallocate: the old storage was released by the vector's
// allocator, deep inside the C++ library headers, and the report must still
// lead back to the user's lines (and name them, not the headers, in SUMMARY).
//
// See also: runtime/memscope_report.cpp (IsInternalFrame).
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clangxx_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s

#include <cstdio>
#include <vector>

int main(int argc, char **) {
  std::vector<int> Values;
  Values.push_back(argc); // ALLOC
  const int *First = &Values[0];
  for (int I = 0; I < 100; ++I)
    Values.push_back(I); // FREE
  std::printf("%d %zu\n", *First, Values.size()); // BOOM
  return 0;
}

// CHECK:      ERROR: memscope: heap-use-after-free on address [[ADDR:0x[0-9a-f]+]]
// CHECK-NEXT: READ of size 4 at [[ADDR]] thread T0
// CHECK-NEXT:   #0 {{.*}} in main {{.*}}vector-growth.cpp:[[@LINE-6]]:
// CHECK:      [[ADDR]] is located 0 bytes inside of 4-byte region
// CHECK-NEXT: freed by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in operator delete(void*
// CHECK:        in main {{.*}}vector-growth.cpp:[[@LINE-11]]:
// CHECK:      previously allocated by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in operator new(unsigned long)
// CHECK:        in main {{.*}}vector-growth.cpp:[[@LINE-17]]:
// CHECK:      SUMMARY: memscope: heap-use-after-free {{.*}}vector-growth.cpp:[[@LINE-14]]:{{[0-9]+}} in main
