// ===- test/Runtime/mismatch/mismatch-off.cpp - alloc_dealloc_mismatch=0 --===
//
// With alloc_dealloc_mismatch=0 all four mismatched pairs go unreported and
// each block is still released (it is then reusable, so a second round
// allocates again without trouble); the program exits 0. Without the flag,
// the first pair stops it.
//
// See also: docs/Flags.md, mismatch/malloc-delete.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 -Wno-mismatched-new-delete %s -o %t
// RUN: env MEMSCOPE_OPTIONS=alloc_dealloc_mismatch=0 %t 2>&1 | FileCheck %s --check-prefix=OFF --implicit-check-not=memscope
// RUN: not %t 2>&1 | FileCheck %s --check-prefix=ON
// RUN: %clangxx_memscope -O2 -Wno-mismatched-new-delete %s -o %t
// RUN: env MEMSCOPE_OPTIONS=alloc_dealloc_mismatch=0 %t 2>&1 | FileCheck %s --check-prefix=OFF --implicit-check-not=memscope

#include <cstdio>
#include <cstdlib>

int main(int argc, char **) {
  for (int Round = 0; Round < 2; ++Round) {
    int *A = static_cast<int *>(std::malloc(sizeof(int)));
    *A = argc;
    delete A;
    int *B = new int(argc);
    std::free(B);
    // One element: delete of a longer array would also pass the wrong size
    // to sized delete, a new-delete-type-mismatch this flag does not govern.
    int *C = new int[1]{argc};
    delete C;
    int *D = new int(argc);
    delete[] D;
    std::fprintf(stderr, "round %d\n", Round);
  }
  return 0;
}

// OFF: round 0
// OFF: round 1

// ON: ERROR: memscope: alloc-dealloc-mismatch (malloc vs operator delete)
// ON-NOT: round
