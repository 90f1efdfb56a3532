// ===- test/Runtime/overflow/container-overflow.cpp - a vector's spare room -===//
//
// A read past a std::vector's size but inside its capacity is a
// container-overflow when the program asks libstdc++ to annotate vectors
// (-D_GLIBCXX_SANITIZE_VECTOR, as with ASan); so is an access to the
// unused part of a buffer a program annotates itself
// (__sanitizer_annotate_contiguous_container), at the line of the access,
// with ASan's hint. detect_container_overflow=0 turns it off; growing and
// clearing the vector makes no report; out-of-order bounds are an error
// (for the double-ended variant, named as ASan names it).
//
// See also: runtime/memscope_containers.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 -D_GLIBCXX_SANITIZE_VECTOR %s -o %t
// RUN: not %t vector 2>&1 | FileCheck %s --check-prefixes=CHECK,VECTOR
// RUN: not %t buffer 2>&1 | FileCheck %s --check-prefixes=CHECK,BUFFER
// RUN: %t clean 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: env MEMSCOPE_OPTIONS=detect_container_overflow=0 %t vector 2>&1 | FileCheck %s --check-prefix=OFF
// RUN: not %t bounds 2>&1 | FileCheck %s --check-prefix=BOUNDS
// RUN: not %t double_ended 2>&1 | FileCheck %s --check-prefix=DOUBLE
// RUN: %clangxx_memscope -O2 -D_GLIBCXX_SANITIZE_VECTOR %s -o %t
// RUN: not %t vector 2>&1 | FileCheck %s --check-prefixes=CHECK,VECTOR
// RUN: not %t buffer 2>&1 | FileCheck %s --check-prefixes=CHECK,BUFFER
// RUN: %t clean 2>&1 | FileCheck %s --check-prefix=CLEAN

#include <cstdio>
#include <cstring>
#include <sanitizer/common_interface_defs.h>
#include <vector>

static volatile int Index = 5;

int main(int argc, char **argv) {
  if (!strcmp(argv[1], "vector")) {
    std::vector<int> V;
    V.reserve(8);
    V.push_back(1);
    V.push_back(2);
    std::printf("%d\n", V.data()[Index]); // VECTOR
    return 0;
  }
  if (!strcmp(argv[1], "buffer")) {
    static long Storage[16];
    __sanitizer_annotate_contiguous_container(Storage, Storage + 16,
                                              Storage + 16, Storage + 4);
    long Value = Storage[Index + 3]; // BUFFER
    __sanitizer_annotate_contiguous_container(Storage, Storage + 16,
                                              Storage + 4, Storage + 16);
    return static_cast<int>(Value);
  }
  if (!strcmp(argv[1], "bounds")) {
    long Local[8];
    __sanitizer_annotate_contiguous_container(Local, Local + 8, Local + 9,
                                              Local + 2);
    return 0;
  }
  if (!strcmp(argv[1], "double_ended")) {
    long Local[8];
    // A new end before the new beginning.
    __sanitizer_annotate_double_ended_contiguous_container(
        Local, Local + 8, Local + 1, Local + 1, Local + 1, Local);
    return 0;
  }
  std::vector<std::vector<int>> Rows;
  long Sum = 0;
  for (int I = 0; I < 200; ++I) {
    Rows.emplace_back(I % 17, I);
    if (I % 50 == 49)
      Rows.clear();
  }
  for (auto &R : Rows)
    for (int X : R)
      Sum += X;
  std::printf("clean %ld\n", Sum);
  return 0;
}

// CHECK: ERROR: memscope: container-overflow on address
// VECTOR: READ of size 4
// VECTOR-NEXT: #0 {{.*}} in main {{.*}}container-overflow.cpp:[[#@LINE-41]]
// BUFFER: READ of size 8
// BUFFER-NEXT: #0 {{.*}} in main {{.*}}container-overflow.cpp:[[#@LINE-36]]
// BUFFER: global variable 'main::Storage'
// CHECK: HINT: if you don't care about these errors you may set ASAN_OPTIONS=detect_container_overflow=0
// CHECK: SUMMARY: memscope: container-overflow

// CLEAN: clean
// OFF-NOT: ERROR
// BOUNDS: ERROR: memscope: bad parameters to __sanitizer_annotate_contiguous_container
// DOUBLE: ERROR: memscope: bad parameters to __sanitizer_annotate_double_ended_contiguous_container:
// DOUBLE: old_container_end  : 0x
// DOUBLE: new_container_end  : 0x
// DOUBLE: SUMMARY: memscope: bad-__sanitizer_annotate_double_ended_contiguous_container
