// ===- test/Runtime/asan-front-end/intra-object.cpp - padding between fields ===//
//
// -fsanitize-address-field-padding=1 (ASan's flag, which the drivers give
// to clang's front end) pads between the fields of a class whose
// constructor and destructor clang writes; the padding is poisoned while
// the object lives, so indexing one array field into the next field is an
// intra-object-overflow, which no redzone around the block could see.
//
// See also: runtime/memscope_front_end.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 -fsanitize-address-field-padding=1 %s -o %t
// RUN: not %t 6 2>&1 | FileCheck %s
// RUN: %t 5 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: %clangxx_memscope -O2 -fsanitize-address-field-padding=1 %s -o %t
// RUN: not %t 6 2>&1 | FileCheck %s
// RUN: %t 5 2>&1 | FileCheck %s --check-prefix=CLEAN
// Without the flag there is no padding, and the write lands in 'After'.
// RUN: %clangxx_memscope -O0 %s -o %t && %t 6 2>&1 | FileCheck %s --check-prefix=NOPAD

#include <cstdio>
#include <cstdlib>

class Record {
public:
  Record() : Before(1), After(2) {}
  virtual ~Record() {}
  __attribute__((noinline)) void Set(int I, int V) {
    Slots[I] = V;
    // CHECK: ERROR: memscope: intra-object-overflow
    // CHECK: WRITE of size 4
    // CHECK: #0 {{.*}} in Record::Set{{.*}}intra-object.cpp:[[@LINE-3]]
    // CHECK: #1 {{.*}} in main{{.*}}intra-object.cpp
    // CHECK: is located {{[0-9]+}} bytes inside of {{[0-9]+}}-byte region
    // CHECK: Intra object redzone: bb
  }
  int Sum() const { return Before + After; }

private:
  int Before;
  int Slots[6];
  int After;
};

int main(int argc, char **argv) {
  Record *R = new Record;
  R->Set(argc > 1 ? atoi(argv[1]) : 0, 40);
  fprintf(stderr, "sum %d\n", R->Sum());
  // CLEAN: sum 3
  // CLEAN-NOT: ERROR
  // NOPAD: sum 41
  delete R;
  return 0;
}
