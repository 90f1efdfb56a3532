// ===- test/Driver/shared-library.c - an instrumented .so and its executable ===
//
// Built and run for real: the shared library is instrumented but carries no
// runtime; its calls into the runtime stay undefined and bind at load time
// to the copy the executable links and exports (--dynamic-list=libmemscope_rt.syms).
//
// See also: test/Driver/shared.c (the flags), docs/Drivers.md.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -fPIC -shared -DSHARED_PART %s -o %t.so
// RUN: %clang_memscope %s %t.so -o %t
// RUN: %t | FileCheck %s
// CHECK: answer 42

// The executable defines and exports the runtime's entry points...
// (operator new too, from its export list, though this C program's link has
// no libstdc++; it and malloc are weak, malloc an alias of
// __interceptor_malloc, as under ASan, so a program may define its own.)
// RUN: llvm-nm -D --defined-only %t | FileCheck %s --check-prefix=EXE
// EXE-DAG: T __memscope_init
// EXE-DAG: W _Znwm
// EXE-DAG: W malloc
// EXE-DAG: T __interceptor_malloc
// ...the library only refers to them.
// RUN: llvm-nm -D --undefined-only %t.so | FileCheck %s --check-prefix=SO-UNDEF
// SO-UNDEF: U __memscope_init
// RUN: llvm-nm -D --defined-only %t.so | FileCheck %s --check-prefix=SO-DEF
// SO-DEF-NOT: __memscope_
// SO-DEF:     T shared_answer
// SO-DEF-NOT: __memscope_

#include <stdio.h>
#include <stdlib.h>

int shared_answer(void);

#ifdef SHARED_PART
int shared_answer(void) {
  int *Cell = malloc(sizeof *Cell);
  *Cell = 42;
  int Answer = *Cell;
  free(Cell);
  return Answer;
}
#else
int main(void) {
  printf("answer %d\n", shared_answer());
  return 0;
}
#endif
