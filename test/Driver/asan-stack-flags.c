// ===- test/Driver/asan-stack-flags.c - ASan's stack switches, understood --===
//
// -fsanitize-address-use-after-return=never builds without the fake stack
// (a use after return goes unreported, as with ASan), =runtime keeps it,
// a bad value is one line of error; -fno-sanitize-address-use-after-scope
// turns the scope check off. None reaches clang as an unused flag.
//
// See also: utils/memscope-clang.in, pass/StackRedzones.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 -fsanitize-address-use-after-return=never %s -o %t 2>&1 | FileCheck %s --check-prefix=QUIET --allow-empty
// RUN: %t return 2>&1 | FileCheck %s --check-prefix=SURVIVED
// RUN: %clang_memscope -O0 -fsanitize-address-use-after-return=runtime %s -o %t
// RUN: not %t return 2>&1 | FileCheck %s --check-prefix=UAR
// RUN: not %clang_memscope -fsanitize-address-use-after-return=sometimes %s -o %t 2>&1 | FileCheck %s --check-prefix=BAD
// RUN: %clang_memscope -O0 -fno-sanitize-address-use-after-scope %s -o %t 2>&1 | FileCheck %s --check-prefix=QUIET --allow-empty
// RUN: %t scope 2>&1 | FileCheck %s --check-prefix=SURVIVED
// RUN: %clang_memscope -O0 %s -o %t
// RUN: not %t scope 2>&1 | FileCheck %s --check-prefix=UAS

#include <stdio.h>
#include <string.h>

char *Escaped;
volatile int Sink;

__attribute__((noinline)) void leak_address(void) {
  char Local[8];
  memset(Local, 0, sizeof Local);
  Escaped = Local;
}

int main(int argc, char **argv) {
  if (!strcmp(argv[1], "return")) {
    leak_address();
    Escaped[0] = 1;
  } else {
    char *P;
    {
      char Inner[8];
      P = Inner;
    }
    P[0] = 1;
  }
  fprintf(stderr, "survived\n");
  return 0;
}

// QUIET-NOT: unused
// SURVIVED: survived
// UAR: ERROR: memscope: stack-use-after-return
// UAS: ERROR: memscope: stack-use-after-scope
// BAD: memscope-clang: error: unknown value in '-fsanitize-address-use-after-return=sometimes' (never, runtime or always)
