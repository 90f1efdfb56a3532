// ===- test/Runtime/asan-front-end/array-cookie.cpp - new[]'s element count ===//
//
// `new T[n]` of a type with a destructor stores n in front of the elements;
// clang's ASan front end (which the drivers use) poisons it, as ASan does:
// writing it through a bad index is a heap-buffer-overflow inside the
// block, and `delete[]` of an array freed already runs no destructor with
// a count read from freed memory before the double free is reported.
// poison_array_cookie=0 leaves the count unpoisoned (delete[] then frees
// with the size the corrupted count implies).
//
// See also: runtime/memscope_front_end.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t
// RUN: not %t write 2>&1 | FileCheck %s --check-prefix=WRITE
// RUN: not %t twice 2>&1 | FileCheck %s --check-prefix=TWICE
// RUN: env MEMSCOPE_OPTIONS=poison_array_cookie=0 not %t write 2>&1 | FileCheck %s --check-prefix=UNPOISONED
// RUN: %t 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: %clangxx_memscope -O2 %s -o %t
// RUN: not %t write 2>&1 | FileCheck %s --check-prefix=WRITE
// RUN: not %t twice 2>&1 | FileCheck %s --check-prefix=TWICE
// RUN: %t 2>&1 | FileCheck %s --check-prefix=CLEAN

#include <cstdio>
#include <cstdlib>
#include <cstring>

static int Destroyed;

struct Cell {
  int X;
  ~Cell() {
    if (++Destroyed > 1000)
      abort();
  }
};

__attribute__((noinline)) static void Delete(Cell *C) { delete[] C; }

int main(int argc, char **argv) {
  const char *Mode = argc > 1 ? argv[1] : "";
  Cell *Cells = new Cell[argc + 2];
  if (!strcmp(Mode, "write")) {
    Cells[-2].X = 7; // BOOM: the count
    // WRITE: ERROR: memscope: heap-buffer-overflow
    // WRITE: WRITE of size 4
    // WRITE: in main{{.*}}array-cookie.cpp:[[@LINE-3]]
    // WRITE: is located 0 bytes inside of 24-byte region
    // WRITE: Array cookie: ac
    // UNPOISONED-NOT: ERROR: memscope: heap-buffer-overflow
    // UNPOISONED: ERROR: memscope: new-delete-type-mismatch
  }
  Delete(Cells);
  fprintf(stderr, "destroyed %d\n", Destroyed);
  // CLEAN: destroyed 3
  // CLEAN-NOT: ERROR
  if (!strcmp(Mode, "twice"))
    Delete(Cells);
  // TWICE: destroyed 4
  // TWICE-NEXT: memscope: loaded array cookie from free-d memory; expect a double-free report
  // TWICE: ERROR: memscope: attempting double-free
  return 0;
}
