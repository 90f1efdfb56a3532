// ===- test/Runtime/asan-front-end/invalid-pointer-pair.cpp - ptr cmp/sub ===//
//
// Built with ASan's -mllvm -asan-detect-invalid-pointer-pair (its pass runs
// under the drivers with that one instrumentation on) and run with
// detect_invalid_pointer_pairs=1, comparing or subtracting pointers into
// two different heap blocks, globals or locals, or into freed memory, is an
// invalid-pointer-pair; pointers into one object, one past its end
// included, are fine, and so are null pointers unless the flag is 2.
// Without the flag nothing is checked.
//
// See also: runtime/memscope_front_end.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t -mllvm -asan-detect-invalid-pointer-pair
// RUN: env MEMSCOPE_OPTIONS=detect_invalid_pointer_pairs=1:halt_on_error=0 %t 2>&1 | FileCheck %s --implicit-check-not="ERROR: memscope"
// RUN: env MEMSCOPE_OPTIONS=detect_invalid_pointer_pairs=2:halt_on_error=0 %t 2>&1 | FileCheck %s --check-prefixes=CHECK,NULL
// RUN: %t 2>&1 | FileCheck %s --check-prefix=OFF --implicit-check-not="ERROR: memscope"
// RUN: env MEMSCOPE_OPTIONS=detect_invalid_pointer_pairs=1 not %t 2>&1 | FileCheck %s --check-prefix=HALT
// RUN: %clangxx_memscope -O2 %s -o %t -mllvm -asan-detect-invalid-pointer-pair
// RUN: env MEMSCOPE_OPTIONS=detect_invalid_pointer_pairs=1:halt_on_error=0 %t 2>&1 | FileCheck %s --implicit-check-not="ERROR: memscope"

#include <cstdio>
#include <cstdlib>

__attribute__((noinline)) bool Less(const char *A, const char *B) {
  return A < B;
}
__attribute__((noinline)) long Distance(const char *A, const char *B) {
  return A - B;
}

char First[100], Second[100];

int main() {
  char *Heap1 = static_cast<char *>(malloc(3000));
  char *Heap2 = static_cast<char *>(malloc(3000));
  char Local1[64], Local2[64];
  long Sum = 0;

  // Within one object, one past the end included: fine.
  Sum += Less(Heap1, Heap1 + 3000) + Distance(Heap1 + 2999, Heap1);
  Sum += Less(First, First + 100) + Distance(Local1 + 64, Local1);
  fprintf(stderr, "same objects\n");
  // CHECK: same objects
  // OFF: same objects

  Sum += Less(Heap1, Heap2);
  // CHECK: ERROR: memscope: invalid-pointer-pair: 0x{{[0-9a-f]+}} 0x{{[0-9a-f]+}}
  // CHECK: #1 {{.*}} in main{{.*}}invalid-pointer-pair.cpp:[[@LINE-2]]
  // CHECK: located 0 bytes inside of 3000-byte region
  // CHECK: located 0 bytes inside of 3000-byte region
  // HALT: ERROR: memscope: invalid-pointer-pair
  // HALT: in main{{.*}}invalid-pointer-pair.cpp:[[@LINE-6]]
  Sum += Distance(First, Second);
  // CHECK: ERROR: memscope: invalid-pointer-pair
  // CHECK: #1 {{.*}} in main{{.*}}invalid-pointer-pair.cpp:[[@LINE-2]]
  // CHECK: global variable 'First'
  // CHECK: global variable 'Second'
  Sum += Less(Local1, Local2);
  // CHECK: ERROR: memscope: invalid-pointer-pair
  // CHECK: #1 {{.*}} in main{{.*}}invalid-pointer-pair.cpp:[[@LINE-2]]
  // CHECK: 'Local{{[12]}}'
  Sum += Less(Heap1, First + 10);
  // CHECK: ERROR: memscope: invalid-pointer-pair
  // CHECK: #1 {{.*}} in main{{.*}}invalid-pointer-pair.cpp:[[@LINE-2]]
  Sum += Less(Heap1, nullptr);
  // NULL: ERROR: memscope: invalid-pointer-pair
  // NULL: #1 {{.*}} in main{{.*}}invalid-pointer-pair.cpp:[[@LINE-2]]
  free(Heap2);
  Sum += Less(Heap2, Heap2 + 20);
  // CHECK: ERROR: memscope: invalid-pointer-pair
  // CHECK: #1 {{.*}} in main{{.*}}invalid-pointer-pair.cpp:[[@LINE-2]]
  // CHECK: freed by thread T0 here
  free(Heap1);
  fprintf(stderr, "done %d\n", Sum != 0);
  // CHECK: done
  // OFF: done
  return 0;
}
