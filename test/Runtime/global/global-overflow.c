// ===- test/Runtime/global/global-overflow.c - errors on global variables --===
//
// Globals get redzones (pass/Globals.cpp): reads and writes past a global
// array, a file-static, a function-static, a string literal, a global
// another file defines, one in a named section, and overflows made by memcpy and strcpy on them
// are reported as global-buffer-overflow at the program's line, with the
// global's name, where it is defined and its size (and the text of one
// holding a string), as ASan reports them.
// Accesses inside the globals are not reported. -O0 and -O2.
//
// See also: runtime/memscope_globals.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 -DOTHER -c %s -o %t.other.o
// RUN: %clang_memscope -O0 %s %t.other.o -o %t
// RUN: %python %S/../libc/Inputs/run_cases.py %t %s
// RUN: %t clean
// RUN: not %t global 2>&1 | FileCheck %s --check-prefix=GLOBAL
// RUN: not %t literal 2>&1 | FileCheck %s --check-prefix=LITERAL
// RUN: %clang_memscope -O2 -DOTHER -c %s -o %t.other.o
// RUN: %clang_memscope -O2 %s %t.other.o -o %t
// RUN: %python %S/../libc/Inputs/run_cases.py %t %s
// RUN: %t clean
// RUN: not %t global 2>&1 | FileCheck %s --check-prefix=GLOBAL

#include <stdlib.h>
#include <string.h>

#ifdef OTHER
int OtherTable[8] = {1, 2, 3};
#else
extern int OtherTable[8];
int Table[10];
static char Name[6] = "abc";
struct Point {
  int X, Y;
} Origin;
__attribute__((section(".data.hot"))) int Hot[4] = {1, 2, 3, 4};
volatile int Index;
int volatile Sink;

int main(int Argc, char **Argv) {
  const char *C = Argv[1];
  int I = Index + (Argc > 1 ? 10 : 0); // 10, out of sight of the optimiser
  if (!strcmp(C, "clean")) {
    for (int J = 0; J < 10; ++J)
      Table[J] = J;
    Sink = Table[Index] + Name[Index] + Origin.X + OtherTable[Index + 7] +
           Hot[Index + 3];
    memset(Table, 0, sizeof Table);
    strcpy(Name, "abcde");
    return 0;
  }
  if (!strcmp(C, "global"))
    Sink = Table[I]; // GLOBAL
  if (!strcmp(C, "write"))
    Table[I] = 1; // WRITE
  if (!strcmp(C, "static"))
    Sink = Name[I - 4]; // STATIC
  if (!strcmp(C, "local")) {
    static long Counts[3];
    Counts[Index] = Argc; // (not all zeros: the optimiser keeps it)
    Sink = Counts[I - 7]; // LOCAL
  }
  if (!strcmp(C, "literal")) {
    const char *Text = "text";
    Sink = Text[I - 5]; // LITERAL
  }
  if (!strcmp(C, "struct"))
    Sink = (&Origin.Y)[I - 9]; // STRUCT
  if (!strcmp(C, "section"))
    Sink = Hot[I - 6]; // SECTION
  if (!strcmp(C, "extern"))
    Sink = OtherTable[I - 2]; // EXTERN
  if (!strcmp(C, "memcpy"))
    memcpy(Table, Argv, 11 * sizeof(int)); // MEMCPY
  if (!strcmp(C, "strcpy"))
    strcpy(Name, "too long"); // STRCPY
  return 0;
}
#endif

// CASE: global global-buffer-overflow GLOBAL
// CASE: write global-buffer-overflow WRITE
// CASE: static global-buffer-overflow STATIC
// CASE: local global-buffer-overflow LOCAL
// CASE: literal global-buffer-overflow LITERAL
// CASE: struct global-buffer-overflow STRUCT
// CASE: section global-buffer-overflow SECTION
// CASE: extern global-buffer-overflow EXTERN
// CASE: memcpy global-buffer-overflow MEMCPY
// CASE: strcpy global-buffer-overflow STRCPY

// GLOBAL: READ of size 4 at {{0x[0-9a-f]+}} thread T0
// GLOBAL: is located 0 bytes after global variable 'Table' defined in '{{.*}}global-overflow.c:[[#@LINE-62]]' ({{0x[0-9a-f]+}}) of size 40
// LITERAL: is located 0 bytes after global variable '<string literal>' defined in '{{.*}}global-overflow.c:[[#@LINE-30]]' ({{0x[0-9a-f]+}}) of size 5
// LITERAL-NEXT: '<string literal>' is ascii string 'text'
// GLOBAL-NOT: is ascii string
