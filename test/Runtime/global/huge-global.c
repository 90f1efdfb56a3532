// ===- test/Runtime/global/huge-global.c - a global over 1 GiB -------------===//
//
// A global of over 1 GiB gets its redzone as any other (pass/Globals.cpp
// once left such globals out): a write just past its end is a
// global-buffer-overflow naming it, as in ASan. Its bytes are not
// reported. -O0 and -O2.
//
// See also: global-overflow.c.
// ===----------------------------------------------------------------------===//

// RUN: %clang_memscope -O0 %s -o %t && %t clean
// RUN: not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t && %t clean
// RUN: not %t 2>&1 | FileCheck %s

#include <string.h>

#define ARENA_SIZE ((1ul << 30) + (1ul << 16))
char Arena[ARENA_SIZE];
volatile unsigned long Offset;

int main(int Argc, char **Argv) {
  (void)Argv;
  unsigned long End = ARENA_SIZE - 16 + Offset;
  if (Argc > 1) { // clean: the last 16 bytes
    memset(Arena + End, 1, 16);
    return Arena[Offset];
  }
  memset(Arena + End, 1, 32);
  return 0;
}
// CHECK: ERROR: memscope: global-buffer-overflow
// CHECK: #1 {{.*}} in main {{.*}}huge-global.c:[[@LINE-4]]
// CHECK: 0 bytes after global variable 'Arena' {{.*}} of size 1073807360
