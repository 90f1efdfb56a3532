// ===- test/Runtime/mismatch/new-free.cpp - new'ed, then free'd -----------===
//
// An object from operator new released with free().
//
// See also: mismatch/malloc-delete.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clangxx_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s

#include <cstdio>
#include <cstdlib>

struct Pair {
  long First, Second;
};

int main(int argc, char **) {
  Pair *P = new Pair{argc, argc}; // ALLOC
  std::fprintf(stderr, "%ld\n", P->First + P->Second);
  std::free(P); // BOOM
  return 0;
}

// CHECK:      ERROR: memscope: alloc-dealloc-mismatch (operator new vs free) on [[ADDR:0x[0-9a-f]+]] in thread T0
// CHECK-NEXT:   #0 {{.*}} in free
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}new-free.cpp:[[@LINE-6]]:
// CHECK:      [[ADDR]] is located 0 bytes inside of 16-byte region
// CHECK:      allocated by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in operator new(unsigned long)
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}new-free.cpp:[[@LINE-12]]:
// CHECK:      SUMMARY: memscope: alloc-dealloc-mismatch {{.*}}new-free.cpp:[[@LINE-11]]:{{[0-9]+}} in main
