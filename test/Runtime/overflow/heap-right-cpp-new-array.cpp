// ===- test/Runtime/overflow/heap-right-cpp-new-array.cpp - past new[] ----===
//
// An 8-byte store one element past the end of a `new long[]` array; the
// allocation stack starts in operator new[].
//
// See also: runtime/memscope_new_delete.cpp, overflow/heap-right.c.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clangxx_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s

#include <cstdio>

int main(int argc, char **) {
  int Count = argc + 2;
  long *Values = new long[Count]; // ALLOC
  for (int I = 0; I <= Count; ++I)
    Values[I] = I; // BOOM
  std::printf("%ld\n", Values[argc]);
  delete[] Values;
  return 0;
}

// At -O2 the loop is vectorised: the bad store may write two elements.
// CHECK:      ERROR: memscope: heap-buffer-overflow on address [[ADDR:0x[0-9a-f]+]]
// CHECK-NEXT: WRITE of size {{8|16}} at [[ADDR]] thread T0
// CHECK-NEXT:   #0 {{.*}} in main {{.*}}heap-right-cpp-new-array.cpp:[[@LINE-9]]:
// CHECK:      0x{{[0-9a-f]+}} is located 0 bytes after 24-byte region
// CHECK-NEXT: allocated by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in operator new[](unsigned long)
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}heap-right-cpp-new-array.cpp:[[@LINE-15]]:
// CHECK:      SUMMARY: memscope: heap-buffer-overflow {{.*}}heap-right-cpp-new-array.cpp:[[@LINE-14]]:{{[0-9]+}} in main
