// ===- test/Runtime/shared-lib/foreign-library.c - memory across an FFI ---===
//
// A library built without memscope (plain clang, no frame pointers, as a
// Rust cdylib or a system library would be) returns a string its caller
// must free, frees buffers for its caller, and keeps a pointer in a global.
// The test forgets the string: the leak's allocation stack goes through
// the library and still reaches the test's line (foreign frames are
// stepped over by DWARF rules: the frame-pointer chain would skip the
// caller), and `memscope test` names the foreign code and points at the
// test's line. A use after the library freed a buffer shows the library's
// free with the test's call. What the library keeps is not a leak.
//
// See also: runtime/memscope_stack.cpp, utils/analyzer/TestCommand.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clang -O2 -g -fPIC -shared -fomit-frame-pointer -DLIBRARY %s -o %t.so
// RUN: %clang_memscope -O0 %s %t.so -o %t
// RUN: not %t 2>&1 | FileCheck %s
// RUN: not %t uaf 2>&1 | FileCheck %s --check-prefix=UAF
// RUN: rm -rf %t.dir && mkdir %t.dir && cd %t.dir
// RUN: not memscope test --sarif out.sarif -- %t 2>&1 | FileCheck %s --check-prefix=TEST
// RUN: %python %S/../../Analyzer/Inputs/sarif_check.py out.sarif | FileCheck %s --check-prefix=SARIF
// RUN: %clang_memscope -O2 %s %t.so -o %t
// RUN: not %t 2>&1 | FileCheck %s
// RUN: not %t uaf 2>&1 | FileCheck %s --check-prefix=UAF

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *lib_error_string(int Code);
void lib_release(char *P);
void lib_keep(void *P);

#ifdef LIBRARY
static void *Kept[4];
static int NumKept;
char *lib_error_string(int Code) {
  char Buf[64];
  snprintf(Buf, sizeof Buf, "error %d: it failed", Code);
  return strdup(Buf);
}
static int Released;
void lib_release(char *P) {
  free(P);
  ++Released; // not a tail call: the library's frame stays
}
void lib_keep(void *P) { Kept[NumKept++ % 4] = P; }
#else
char *volatile Sink;
int main(int Argc, char **Argv) {
  if (Argc > 1 && !strcmp(Argv[1], "uaf")) {
    char *S = lib_error_string(2);
    lib_release(S); // the library frees it
    return S[0];    // and the test reads it
  }
  Sink = lib_error_string(1); // the caller must free this
  Sink = 0;                   // and forgets
  lib_keep(malloc(32));       // the library keeps this: no leak
  return 0;
}
#endif

// CHECK: Direct leak of {{[0-9]+}} byte(s) in 1 object(s) allocated from:
// CHECK: in lib_error_string
// CHECK-NEXT: in main {{.*}}foreign-library.c:[[#@LINE-9]]
// CHECK-NOT: Direct leak
// CHECK: SUMMARY: memscope: {{[0-9]+}} byte(s) leaked in 1 allocation(s).

// UAF: ERROR: memscope: heap-use-after-free
// UAF: #0 {{.*}} in main {{.*}}foreign-library.c:[[#@LINE-16]]
// UAF: freed by thread T0 here:
// UAF-NEXT: in free
// UAF-NEXT: in lib_release
// UAF-NEXT: in main {{.*}}foreign-library.c:[[#@LINE-21]]
// UAF: previously allocated by thread T0 here:
// UAF: in lib_error_string
// UAF-NEXT: in main {{.*}}foreign-library.c:[[#@LINE-25]]

// TEST: direct leak of {{[0-9]+}} byte(s) in 1 object(s) (through foreign code: lib_error_string in foreign-library.c.tmp.so, not built with memscope) at foreign-library.c:[[#@LINE-23]] in main
// TEST: memscope test: 1 process(es) recorded, 1 finding(s) in 1 of them

// SARIF: result direct-leak error foreign-library.c:[[#@LINE-26]] - direct leak|lib_error_string@foreign-library.c|main@foreign-library.c
