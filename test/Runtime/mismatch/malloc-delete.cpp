// ===- test/Runtime/mismatch/malloc-delete.cpp - malloc'ed, then delete'd -===
//
// A block from malloc released with delete: alloc-dealloc-mismatch, which
// names the pair and points at the allocation.
//
// See also: runtime/memscope_allocator.cpp (BeginFree), mismatch/mismatch-off.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clangxx_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s

#include <cstdio>
#include <cstdlib>

int main(int argc, char **) {
  int *Counter = static_cast<int *>(std::malloc(sizeof(int))); // ALLOC
  *Counter = argc;
  std::fprintf(stderr, "%d\n", *Counter);
  delete Counter; // BOOM
  return 0;
}

// CHECK:      ERROR: memscope: alloc-dealloc-mismatch (malloc vs operator delete) on [[ADDR:0x[0-9a-f]+]] in thread T0
// CHECK-NEXT:   #0 {{.*}} in operator delete(void*
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}malloc-delete.cpp:[[@LINE-6]]:
// CHECK:      [[ADDR]] is located 0 bytes inside of 4-byte region
// CHECK:      allocated by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in malloc
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}malloc-delete.cpp:[[@LINE-13]]:
// CHECK:      HINT: memory allocated with malloc must be released with free
// CHECK:      SUMMARY: memscope: alloc-dealloc-mismatch {{.*}}malloc-delete.cpp:[[@LINE-12]]:{{[0-9]+}} in main
// CHECK-NEXT: ==[[PID:[0-9]+]]==HINT: if you don't care about these errors you may set ASAN_OPTIONS=alloc_dealloc_mismatch=0 (or MEMSCOPE_OPTIONS)
// CHECK-NEXT: ==[[PID]]==ABORTING
