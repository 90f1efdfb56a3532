// ===- test/Driver/build-modes.c - builds that run clang's jobs apart -------===
//
// The pass's options reach cc1 alone (-Xclang -mllvm): -save-temps runs the
// assembler as a job of its own, which has no plugin loaded and once failed
// on memscope's option names; -fembed-bitcode refuses a plain -mllvm. And
// a header given alone is precompiled, not linked: the driver adds no
// runtime then (clang's "-o with multiple outputs" error, or a link without
// main). Each build is checked by what it makes: a program that reports
// its overflow, an object, a precompiled header a later compile uses.
//
// See also: test/Driver/compile-only.c, utils/memscope-clang.in.
// ===----------------------------------------------------------------------===

// RUN: rm -rf %t.dir && mkdir -p %t.dir && cd %t.dir
// RUN: %clang_memscope -save-temps -O1 %s -o %t.dir/prog 2>&1 \
// RUN:   | FileCheck %s --check-prefix=QUIET --allow-empty
// RUN: not %t.dir/prog 2>&1 | FileCheck %s
// RUN: ls %t.dir/build-modes.i %t.dir/build-modes.bc %t.dir/build-modes.s
// RUN: %clang_memscope_leak -save-temps=obj -c %s -o %t.dir/leak.o 2>&1 \
// RUN:   | FileCheck %s --check-prefix=QUIET --allow-empty
// RUN: %clang_memscope -fembed-bitcode -c %s -o %t.dir/embedded.o 2>&1 \
// RUN:   | FileCheck %s --check-prefix=QUIET --allow-empty
// RUN: %clang_memscope %t.dir/embedded.o -o %t.dir/embedded && not %t.dir/embedded 2>&1 | FileCheck %s
// QUIET-NOT: error
// CHECK: ERROR: memscope: heap-buffer-overflow
// CHECK: #0 {{.*}} in main {{.*}}build-modes.c:[[@LINE+23]]

// A precompiled header, with -x or by its name, with -o or without.
// RUN: printf '#include <string.h>\nstatic inline int twice(int x) { return 2 * x; }\n' > %t.dir/common.h
// RUN: %clang_memscope -x c-header %t.dir/common.h -o %t.dir/common.h.pch
// RUN: %clang_memscope -DUSE_PCH -include %t.dir/common.h %s -o %t.dir/with-pch
// RUN: not %t.dir/with-pch 2>&1 | FileCheck %s
// RUN: cp %t.dir/common.h %t.dir/other.h && cd %t.dir && %clang_memscope other.h
// RUN: ls %t.dir/other.h.pch && not ls %t.dir/a.out

#include <stdlib.h>
#ifdef USE_PCH
#define SCALE(x) twice(x)
#else
#define SCALE(x) (2 * (x))
#endif

static volatile int Count = 8;

int main(void) {
  char *Buffer = malloc(SCALE(Count));
  for (int I = 0; I < SCALE(Count); ++I)
    Buffer[I] = 'a';
  int Past = Buffer[SCALE(Count)];
  free(Buffer);
  return Past;
}
