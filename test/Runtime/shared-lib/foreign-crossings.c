// ===- test/Runtime/shared-lib/foreign-crossings.c - passports at an FFI --===//
//
// Blocks that cross into or out of a library built without memscope say
// so in their passports: allocated in foreign code and received at the
// test's line, handed to a foreign function, returned by one, freed by one.
// A leaked block the library made says where the test received it; one the
// test handed to the library, which dropped it, names the hand-over. What
// the library keeps (in its globals) is not a leak. Both builds, -O0 and
// -O2.
//
// See also: runtime/memscope_foreign.cpp, pass/ForeignCalls.cpp,
// test/Runtime/shared-lib/foreign-library.c.
// ===----------------------------------------------------------------------===

// RUN: %clang -O2 -g -fPIC -shared -DLIBRARY %s -o %t.so
// RUN: %clang_memscope -O0 %s %t.so -o %t
// RUN: not %t uaf 2>&1 | FileCheck %s --check-prefix=UAF
// RUN: not %t leak 2>&1 | FileCheck %s --check-prefix=LEAK
// RUN: %t keep 2>&1 | FileCheck %s --check-prefix=KEEP --allow-empty
// RUN: %clang_memscope -O2 %s %t.so -o %t
// RUN: not %t uaf 2>&1 | FileCheck %s --check-prefix=UAF
// RUN: not %t leak 2>&1 | FileCheck %s --check-prefix=LEAK
// RUN: %t keep 2>&1 | FileCheck %s --check-prefix=KEEP --allow-empty
// RUN: %clang_memscope_leak -O2 %s %t.so -o %t
// RUN: not %t leak 2>&1 | FileCheck %s --check-prefix=LEAK

#include <stdlib.h>
#include <string.h>

char *lib_name(void *Handle);
void *lib_open(void);
void lib_close(void *Handle);
void lib_use(char *Buffer);
void lib_dispose(char *Buffer);
void lib_keep(void *P);

#ifdef LIBRARY
struct handle {
  char *Name;
};
static void *Kept[4];
static int NumKept;
static int Calls;
void *lib_open(void) {
  struct handle *H = malloc(sizeof *H);
  H->Name = strdup("greeter");
  return H;
}
char *lib_name(void *Handle) { return ((struct handle *)Handle)->Name; }
void lib_close(void *Handle) {
  struct handle *H = Handle;
  free(H->Name);
  free(H);
  ++Calls; // not a tail call
}
void lib_use(char *Buffer) { Calls += Buffer[0]; }
void lib_dispose(char *Buffer) {
  free(Buffer);
  ++Calls;
}
void lib_keep(void *P) { Kept[NumKept++ % 4] = P; }
#else
char *volatile Sink;
int main(int Argc, char **Argv) {
  if (!strcmp(Argv[1], "uaf")) {
    char *Buffer = malloc(16);
    Buffer[0] = 1;
    lib_use(Buffer);
    lib_dispose(Buffer);
    return Buffer[0];
  }
  if (!strcmp(Argv[1], "leak")) {
    void *H = lib_open();
    Sink = lib_name(H);
    Sink = 0; // the handle, and the name it holds, are lost
    H = 0;
    char *Buffer = malloc(24);
    lib_use(Buffer); // handed over; the library keeps nothing
    Buffer = 0;
    return 0;
  }
  lib_keep(malloc(40)); // the library keeps this buffer: no leak
  lib_keep(lib_open()); // and the handle
  return 0;
}
#endif

// UAF: ERROR: memscope: heap-use-after-free
// UAF: #0 {{.*}} in main {{.*}}foreign-crossings.c:[[#@LINE-19]]
// UAF: passport #{{[0-9]+}} ({{.*}}16 bytes): allocated by T0 at {{.*}}foreign-crossings.c:[[#@LINE-24]]:{{[0-9]+}} in main → handed to foreign lib_use ({{.*}}.so) at {{.*}}foreign-crossings.c:[[#@LINE-22]]:5 in main → handed to foreign lib_dispose ({{.*}}.so) at {{.*}}foreign-crossings.c:[[#@LINE-21]]:5 in main → freed by T0 in foreign lib_dispose ({{.*}}.so), called at {{.*}}foreign-crossings.c:[[#@LINE-21]]:5 in main

// LEAK: ERROR: LeakSanitizer: detected memory leaks
// LEAK-DAG: Made by code built without memscope: allocated in foreign lib_open ({{.*}}.so), received at {{.*}}foreign-crossings.c:[[#@LINE-20]]:{{[0-9]+}} in main.
// LEAK-DAG: Handed to foreign lib_use ({{.*}}.so) at {{.*}}foreign-crossings.c:[[#@LINE-16]]:5 in main, which holds no pointer to it now.
// LEAK: SUMMARY: memscope: {{[0-9]+}} byte(s) leaked in 3 allocation(s).

// KEEP-NOT: leak
