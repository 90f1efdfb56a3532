// ===- test/Runtime/mismatch/new-delete-array-cookie.cpp - delete[] reads a cookie
//
// A single object of a class with a destructor, from new, released with
// delete[]: the delete[] first reads an array cookie (the element count)
// from the word before the object, which new never wrote. The mismatch is
// reported there, before any destructor runs over a count taken from the
// allocator's own header (ASan runs them: a crash or an overflow report,
// whichever its header's word leads to). -O0 and -O2.
//
// See also: mismatch/new-delete-array.cpp (no destructor, no cookie).
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 -Wno-mismatched-new-delete %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clangxx_memscope -O2 -Wno-mismatched-new-delete %s -o %t && not %t 2>&1 | FileCheck %s

#include <cstdio>
#include <string>

struct Named {
  std::string Name;
  ~Named() { std::fprintf(stderr, "destroyed %s\n", Name.c_str()); }
};

__attribute__((noinline)) void release(Named *Batch) {
  delete[] Batch; // BOOM
}

int main(int argc, char **) {
  Named *One = new Named{std::string(argc + 20, 'n')}; // ALLOC
  release(One);
  return 0;
}

// CHECK-NOT:  destroyed
// CHECK:      ERROR: memscope: alloc-dealloc-mismatch (operator new vs operator delete []) on [[ADDR:0x[0-9a-f]+]] in thread T0
// CHECK:        #1 {{.*}} in release(Named*) {{.*}}new-delete-array-cookie.cpp:[[@LINE-11]]:
// CHECK:      [[ADDR]] is located 0 bytes inside of 32-byte region
// CHECK:      allocated by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in operator new(unsigned long)
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}new-delete-array-cookie.cpp:[[@LINE-11]]:
// CHECK:      SUMMARY: memscope: alloc-dealloc-mismatch {{.*}}new-delete-array-cookie.cpp:[[@LINE-16]]:{{[0-9]+}} in release(Named*)
// CHECK-NOT:  destroyed
