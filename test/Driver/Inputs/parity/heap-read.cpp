// A test in the shape of compiler-rt's (lit RUN lines, ASan's words), for
// test/Driver/asan-parity.test.
// RUN: %clangxx_asan -O0 %s -o %t && not %run %t 2>&1 | FileCheck %s
// RUN: %env_asan_opts=halt_on_error=1 not %run %t 2>&1 | FileCheck %s
// REQUIRES: x86_64-target-arch

#include <stdlib.h>

int main(int argc, char **argv) {
  char *Block = (char *)malloc(8);
  int Value = Block[argc + 7];
  // CHECK: ERROR: AddressSanitizer: heap-buffer-overflow
  // CHECK: #0 {{.*}} in main {{.*}}heap-read.cpp:[[@LINE-2]]
  // CHECK: is located 0 bytes after 8-byte region
  free(Block);
  return Value;
}
