// ===- test/Runtime/asan-front-end/no-sanitize.cpp - code written for ASan -===//
//
// The drivers compile with clang's AddressSanitizer front end, so code
// written for ASan sees what it expects: `__has_feature(address_sanitizer)`
// and `__SANITIZE_ADDRESS__` hold (here a word-at-a-time scanner takes its
// checked path), a function marked `no_sanitize("address")` may read past
// an object (the scanner's fast path, a stack walker) and a global so
// marked has no redzone to trip over, while the same reads elsewhere are
// still errors. ASan behaves the same on this program.
//
// See also: pass/Attributes.h (front-end mode), utils/memscope-clang.in.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t && %t 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: not %t bad 2>&1 | FileCheck %s --check-prefix=BAD
// RUN: %clangxx_memscope -O2 %s -o %t && %t 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: not %t bad 2>&1 | FileCheck %s --check-prefix=BAD
// The same with -fsanitize=memscope-heap (no stack or global redzones).
// RUN: %clangxx_memscope -fsanitize=memscope-heap -O2 %s -o %t && %t 2>&1 | FileCheck %s --check-prefix=CLEAN

#include <cstdio>
#include <cstdlib>
#include <cstring>

#if !__has_feature(address_sanitizer) || !defined(__SANITIZE_ADDRESS__)
#error "memscope's drivers compile with clang's ASan front end"
#endif

// Reads whole 8-byte words, past the end of the block: deliberate, and
// exempt from checks as under ASan.
__attribute__((no_sanitize("address"))) static size_t WordSum(const char *P,
                                                              size_t N) {
  size_t Sum = 0;
  for (size_t I = 0; I < N; I += 8) {
    unsigned long W;
    memcpy(&W, P + I, 8); // an inlined 8-byte load, the block's tail too
    Sum += W & 0xff;
  }
  return Sum;
}

// The same read, checked.
__attribute__((noinline)) static size_t CheckedSum(const char *P, size_t N) {
  size_t Sum = 0;
  for (size_t I = 0; I < N; I += 8) {
    unsigned long W;
    memcpy(&W, P + I, 8);
    // BAD: ERROR: memscope: heap-buffer-overflow
    // BAD: READ of size 8
    // BAD: #{{[0-9]}} {{.*}} in CheckedSum{{.*}}no-sanitize.cpp:[[@LINE-3]]
    Sum += W & 0xff;
  }
  return Sum;
}

__attribute__((no_sanitize("address"))) int Table[4] = {1, 2, 3, 4};

__attribute__((no_sanitize("address"))) static int PeekPastTable(int I) {
  return Table[I];
}

int main(int argc, char **argv) {
  char *Block = static_cast<char *>(malloc(13));
  memset(Block, 1, 13);
  size_t Sum = WordSum(Block, 13);
  volatile int Past = PeekPastTable(4 + argc - 1);
  (void)Past;
  fprintf(stderr, "sum %zu\n", Sum);
  // CLEAN: sum 2
  // CLEAN-NOT: ERROR
  if (argc > 1)
    Sum = CheckedSum(Block, 13);
  // BAD-NEXT: #{{[0-9]}} {{.*}} in main{{.*}}no-sanitize.cpp:[[@LINE-1]]
  free(Block);
  return Sum == 0;
}
