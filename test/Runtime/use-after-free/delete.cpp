// ===- test/Runtime/use-after-free/delete.cpp - read after delete ---------===
//
// `delete` of a single object, then a read of one of its members: the free
// stack starts in operator delete (sized, as clang emits it by default), the
// allocation stack in operator new.
//
// See also: runtime/memscope_new_delete.cpp, use-after-free/free.c.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clangxx_memscope -O1 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clangxx_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s

#include <cstdio>

struct Point {
  int X, Y;
};

int main(int argc, char **) {
  Point *P = new Point{argc, 2 * argc}; // ALLOC
  std::printf("%d\n", P->X);
  delete P; // FREE
  std::printf("%d\n", P->Y); // BOOM
  return 0;
}

// CHECK:      ERROR: memscope: heap-use-after-free on address [[ADDR:0x[0-9a-f]+]]
// CHECK-NEXT: READ of size 4 at [[ADDR]] thread T0
// CHECK-NEXT:   #0 {{.*}} in main {{.*}}delete.cpp:[[@LINE-6]]:
// CHECK:      [[ADDR]] is located 4 bytes inside of 8-byte region
// CHECK-NEXT: freed by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in operator delete(void*
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}delete.cpp:[[@LINE-11]]:
// CHECK:      previously allocated by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in operator new(unsigned long)
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}delete.cpp:[[@LINE-16]]:
// CHECK:      SUMMARY: memscope: heap-use-after-free {{.*}}delete.cpp:[[@LINE-14]]:{{[0-9]+}} in main
