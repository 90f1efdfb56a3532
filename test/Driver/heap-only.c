// ===- test/Driver/heap-only.c - -fsanitize=memscope-heap ------------------===
//
// The heap-only build: the full plugin and runtime, the pass told to give
// locals and globals no redzones; heap errors are found as with
// -fsanitize=memscope, and the program's frames are laid out as clang lays
// them. The last of memscope, memscope-heap and memscope-leak wins.
//
// See also: docs/Drivers.md, test/Runtime/stack/stack-errors.c.
// ===----------------------------------------------------------------------===

// RUN: memscope-clang -fsanitize=memscope-heap -### %s -o %t 2>&1 \
// RUN:   | FileCheck %s --check-prefix=HEAP -DPLUGIN=%memscope_plugin -DLIB=%memscope_lib
// HEAP-NOT: error:
// HEAP:      "-cc1"
// HEAP-SAME: "-fpass-plugin=[[PLUGIN]]"
// HEAP-SAME: "-mllvm" "-memscope-stack=0" "-mllvm" "-memscope-globals=0"
// HEAP-NOT:  -memscope-leak-only
// HEAP:      "[[LIB]]/libmemscope_rt.a"
// HEAP-NOT:  __memscope_leak_only_build

// RUN: memscope-clang -fsanitize=memscope-heap -fsanitize=memscope -### %s -o %t 2>&1 \
// RUN:   | FileCheck %s --check-prefix=FULL
// FULL:     "-cc1"
// FULL-NOT: -memscope-stack=0

// RUN: %clang_memscope -fsanitize=memscope-heap -O0 %s -S -emit-llvm -o - \
// RUN:   | FileCheck %s --check-prefix=IR
// IR-NOT: memscope.frame
// IR-NOT: __memscope_register_globals
// RUN: %clang_memscope -fsanitize=memscope-heap -O0 %s -o %t
// RUN: not %t 2>&1 | FileCheck %s --check-prefix=HEAPERR
// HEAPERR: ERROR: memscope: heap-buffer-overflow

#include <stdlib.h>
#include <string.h>

volatile int Index;

char Table[16];

int main(void) {
  char Local[16];
  char *Block = malloc(16);
  memset(Local, 0, sizeof Local);
  memset(Block, 0, 16);
  Block[Index + 16] = 1;
  int R = Local[Index] + Block[Index] + Table[Index];
  free(Block);
  return R;
}
