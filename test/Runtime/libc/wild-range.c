// ===- test/Runtime/libc/wild-range.c - a length past the address space ---===
//
// memmove given a length that ends outside the application's memory: as
// ASan, the range is reported at its wild end (an unknown-crash, "a wild
// pointer inside of access range"), not walked byte by byte.
//
// See also: runtime/memscope_shadow.cpp (FindPoisonedByte).
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Out of line, so that -O2 cannot tell the blocks apart and call memcpy.
__attribute__((noinline)) void move(char *To, char *From, size_t Length) {
  fprintf(stderr, "end %#" PRIxPTR "\n", (uintptr_t)(From + Length));
  memmove(To, From, Length);
}

int main(void) {
  move(malloc(1), malloc(1), 0x4567890123456789);
  return 0;
}

// CHECK: end [[END:0x[0-9a-f]+]]
// CHECK: ERROR: memscope: unknown-crash on address [[END]]
// CHECK: READ of size 5001116549197948809 at 0x{{[0-9a-f]+}} (in memmove)
// CHECK: #{{[0-9]}} {{.*}} in move {{.*}}wild-range.c:[[@LINE-11]]
// CHECK: Address [[END]] is a wild pointer inside of access range of size 0x4567890123456789
