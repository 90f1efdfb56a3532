// A test in the shape of compiler-rt's, with one of ASan's pass options
// (dropped for memscope), for test/Driver/asan-parity.test.
// RUN: %clangxx_asan -O0 -mllvm -asan-instrument-dynamic-allocas %s -o %t
// RUN: not %run %t 2>&1 | FileCheck %s

__attribute__((noinline)) int write_past(int Length, int Index) {
  volatile char Vla[Length];
  Vla[Index] = 1;
  // CHECK: ERROR: AddressSanitizer: dynamic-stack-buffer-overflow
  // CHECK: WRITE of size 1
  return Vla[0];
}

int main(int argc, char **argv) { return write_past(10, argc + 32); }
