// ===- test/Runtime/stack/inlined-names.c - a callee built in place ------===//
//
// A function returning a struct builds it in its caller's variable; once
// inlined (-O2), the slot carries the debug records of both the callee's
// local and the caller's variable. The frame's description names the
// caller's variables, with their lines, as ASan does (the callee's name
// twice before: 'Result' (line 24) for both).
//
// See also: pass/StackRedzones.cpp (FrameBuilder::nameVariables).
// ===----------------------------------------------------------------------===//

// RUN: %clang_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s

#include <stdio.h>
#include <string.h>

typedef struct {
  int N;
  double A[16];
} Mat;

static Mat identity(int N) {
  Mat Result;
  memset(&Result, 0, sizeof Result);
  Result.N = N;
  for (int I = 0; I < 16; ++I)
    Result.A[I] = I % (N + 1) == 0;
  return Result;
}

__attribute__((noinline)) static double trace(const Mat *M, int Count) {
  double Sum = 0;
  for (int I = 0; I <= Count; ++I)
    Sum += M->A[I * (M->N + 1)]; // BOOM
  return Sum;
}

int main(int argc, char **argv) {
  Mat First = identity(argc + 2);
  Mat Second = identity(argc + 3);
  printf("%g\n", trace(&First, 3) + trace(&Second, argc + 3));
  return 0;
}

// CHECK:      ERROR: memscope: stack-buffer-overflow
// CHECK:        #0 {{.*}} in trace {{.*}}inlined-names.c:[[@LINE-12]]:
// CHECK:      This frame has 2 object(s):
// CHECK-NEXT:   [{{[0-9]+}}, {{[0-9]+}}) 'First' (line [[@LINE-9]])
// CHECK-NEXT:   [{{[0-9]+}}, {{[0-9]+}}) 'Second' (line [[@LINE-9]]) <== Memory access at offset {{[0-9]+}} overflows this variable
