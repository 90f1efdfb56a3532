// ===- test/Runtime/interface/ignore-free-hook.c - a free the program keeps ===//
//
// A program's __sanitizer_ignore_free_hook returning nonzero keeps the
// block: the free does not happen (no free hook, no quarantine), and a
// later use is no use after free; a free it lets through is one. realloc
// runs the old block's free hook once the contents are copied (the hook
// may still write the old block without spoiling the new one).
//
// See also: runtime/memscope_allocator.cpp (MemscopeFree).
// ===----------------------------------------------------------------------===//

// RUN: %clang_memscope -O0 %s -o %t
// RUN: %t keep 2>&1 | FileCheck %s --check-prefix=KEEP
// RUN: not %t free 2>&1 | FileCheck %s --check-prefix=FREE
// KEEP: ignored
// KEEP-NOT: free hook
// KEEP-NOT: ERROR: memscope
// FREE: respected
// FREE: free hook
// FREE: ERROR: memscope: heap-use-after-free
// RUN: %t realloc 2>&1 | FileCheck %s --check-prefix=REALLOC
// REALLOC: respected
// REALLOC-NEXT: free hook
// REALLOC-NEXT: copied 42

#include <stdio.h>
#include <stdlib.h>

static char *volatile Block;
static int Keep;

int __sanitizer_ignore_free_hook(const volatile void *P) {
  if (P != Block)
    return 0;
  fprintf(stderr, Keep ? "ignored\n" : "respected\n");
  return Keep;
}

void __sanitizer_free_hook(const volatile void *P) {
  if (P != Block)
    return;
  fprintf(stderr, "free hook\n");
  Block[0] = 0;
}

int main(int Argc, char **Argv) {
  Keep = Argv[1][0] == 'k';
  Block = malloc(100);
  if (Argv[1][0] == 'r') {
    Block[0] = 42;
    char *Moved = realloc(Block, 200);
    fprintf(stderr, "copied %d\n", Moved[0]);
    free(Moved);
    return 0;
  }
  free(Block);
  Block[0] = 1;
  return 0;
}
