// ===- test/Runtime/mismatch/describes-live-block.cpp - the block is live -===
//
// When a deallocation is reported as mismatched (alloc-dealloc-mismatch or
// new-delete-type-mismatch), the block has not been freed before: the report
// must describe it as allocated (`allocated by thread T0 here:`), without a
// free stack and without a thread it was "freed" on.
//
// See also: runtime/memscope_allocator.cpp (BeginFree), mismatch/*.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t
// RUN: not %t mismatch 2>&1 | FileCheck %s --check-prefixes=CHECK,MISMATCH
// RUN: not %t type 2>&1 | FileCheck %s --check-prefixes=CHECK,TYPE

#include <cstdio>
#include <cstdlib>
#include <cstring>

struct Base {
  int Id;
};
struct Derived : Base {
  int More[7];
};

int main(int argc, char **argv) {
  if (std::strcmp(argv[1], "mismatch") == 0) {
    int *Value = static_cast<int *>(std::malloc(sizeof(int))); // ALLOC-MISMATCH
    *Value = 12345;
    std::fprintf(stderr, "%d\n", *Value);
    delete Value;
  } else {
    Base *Object = new Derived; // ALLOC-TYPE
    Object->Id = 12345;
    std::fprintf(stderr, "%d\n", Object->Id);
    delete Object;
  }
  return 0;
}

// MISMATCH: ERROR: memscope: alloc-dealloc-mismatch (malloc vs operator delete)
// MISMATCH: is located 0 bytes inside of 4-byte region
// TYPE:     ERROR: memscope: new-delete-type-mismatch
// TYPE:     is located 0 bytes inside of 32-byte region
// CHECK-NEXT: allocated by thread T0 here:
// CHECK-NEXT:   #0
// MISMATCH-NEXT: #1 {{.*}} in main {{.*}}describes-live-block.cpp:[[@LINE-19]]:
// TYPE-NEXT:     #1 {{.*}} in main {{.*}}describes-live-block.cpp:[[@LINE-15]]:
// CHECK-NOT:  freed by thread
// CHECK-NOT:  Thread T{{[0-9]+}}
// CHECK:      SUMMARY: memscope:
