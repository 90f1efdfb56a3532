// ===- test/Analyzer/foreign-passport.c - blocks crossing into foreign code -===
//
// A library built without memscope (plain clang, no frame pointers)
// returns strings it allocates through a helper of its own, hands back a
// pointer it was given, keeps one in a global, and frees buffers for its
// caller. The passport of a block that crossed the boundary says so, in
// `memscope report` and under each finding of `memscope test` (summary,
// JSON, JUnit, SARIF): allocated by the foreign function the test called
// (the library's entry point, not its helper) and where the test received
// it; handed to and returned by foreign functions at the test's calls;
// freed by foreign code.
//
// See also: utils/analyzer/TextReport.cpp (HistoryText),
// utils/analyzer/TestCommand.cpp, runtime/memscope_foreign.cpp,
// test/Runtime/shared-lib/foreign-library.c.
// ===----------------------------------------------------------------------===

// The allocation's stack steps over two library frames without frame
// pointers (the entry point and its helper) by their DWARF rules.
// RUN: %clang -O2 -g -fPIC -shared -fomit-frame-pointer -DLIBRARY %s -o %t.so
// RUN: %clang_memscope -O0 %s %t.so -o %t
// RUN: rm -f %t.uaf.trace %t.double.trace
// RUN: env MEMSCOPE_OPTIONS=trace_path=%t.uaf.trace not %t uaf 2>/dev/null
// RUN: memscope report %t.uaf.trace | FileCheck %s --check-prefix=UAF
// RUN: memscope report --json %t.uaf.trace | FileCheck %s --check-prefix=JSON
// RUN: env MEMSCOPE_OPTIONS=trace_path=%t.double.trace not %t double 2>/dev/null
// RUN: memscope report %t.double.trace | FileCheck %s --check-prefix=DOUBLE
// RUN: rm -rf %t.dir && mkdir %t.dir && cd %t.dir
// RUN: not memscope test --json out.json --junit out.xml --sarif out.sarif -- %t 2>&1 | FileCheck %s --check-prefix=TEST
// RUN: %python -c "import json; d=json.load(open('out.json')); \
// RUN:   [print(f['summary'] + '\n' + f['passport']) for p in d['processes'] for f in p['findings']]" \
// RUN:   | FileCheck %s --check-prefix=TEST
// RUN: FileCheck %s --check-prefix=TEST < out.xml
// RUN: %python -c "import json; d=json.load(open('out.sarif')); \
// RUN:   [print(r['message']['text']) for r in d['runs'][0]['results']]" \
// RUN:   | FileCheck %s --check-prefix=TEST
// The same at -O2, and a free stack of its own (the full history).
// RUN: %clang_memscope -O2 %s %t.so -o %t
// RUN: env MEMSCOPE_OPTIONS=trace_path=%t.uaf.trace not %t uaf 2>/dev/null
// RUN: memscope report %t.uaf.trace | FileCheck %s --check-prefix=UAF
// RUN: env MEMSCOPE_OPTIONS=trace_path=%t.double.trace:ownership_history=full not %t double 2>/dev/null
// RUN: memscope report %t.double.trace | FileCheck %s --check-prefix=DOUBLE
// RUN: not memscope test -- %t 2>&1 | FileCheck %s --check-prefix=TEST

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *lib_error_string(int Code);
void *lib_echo(void *P);
void lib_keep(void *P);
void lib_release(char *P);

#ifdef LIBRARY
static void *Kept[4];
static int NumKept, Copies, Released;
// Not inlined, not a tail call: a frame of the library below its entry.
__attribute__((noinline)) static char *copy(const char *S) {
  char *Copy = strdup(S);
  ++Copies;
  return Copy;
}
char *lib_error_string(int Code) {
  char Buf[64];
  snprintf(Buf, sizeof Buf, "error %d: it failed", Code);
  return copy(Buf);
}
void *lib_echo(void *P) { return P; }
void lib_keep(void *P) { Kept[NumKept++ % 4] = P; }
void lib_release(char *P) {
  free(P);
  ++Released; // not a tail call: the library's frame stays
}
#else
char *volatile Sink;
int main(int Argc, char **Argv) {
  if (Argc > 1 && !strcmp(Argv[1], "uaf")) {
    char *S = lib_error_string(2);
    lib_release(S); // the library frees it
    return S[0];    // BOOM
  }
  if (Argc > 1 && !strcmp(Argv[1], "double")) {
    char *P = malloc(8);
    lib_keep(P);
    char *Q = lib_echo(P); // P again
    lib_release(Q);
    free(P); // BOOM
    return 0;
  }
  Sink = lib_error_string(1); // the caller must free this
  Sink = 0;
  return 0;
}
#endif

// The allocation names the library's entry point, not its helper; the
// Received event the runtime also wrote at that call says nothing more.
// UAF: ERROR: heap-use-after-free
// UAF: passport #{{[0-9]+}} (19 bytes): allocated T0 by foreign lib_error_string (foreign-passport.c.tmp.so), received at foreign-passport.c:[[#@LINE-21]] in main → handed T0 to foreign lib_release (foreign-passport.c.tmp.so) at foreign-passport.c:[[#@LINE-20]] in main → freed T0 by foreign lib_release (foreign-passport.c.tmp.so), called at foreign-passport.c:[[#@LINE-20]] in main{{$}}

// JSON:      "event": "foreign",
// JSON:      "crossing": "received",
// JSON-NEXT: "foreign_function": "lib_error_string",
// JSON-NEXT: "foreign_module": "{{.*}}foreign-passport.c.tmp.so",
// JSON:      "event": "foreign",
// JSON:      "source": {
// JSON-NEXT:   "file": "{{.*}}foreign-passport.c",
// JSON-NEXT:   "line": [[#@LINE-29]],
// JSON:      "crossing": "handed",
// JSON-NEXT: "foreign_function": "lib_release",
// JSON:      "event": "foreign",
// JSON:      "crossing": "freed",
// JSON-NEXT: "foreign_function": "lib_release",

// DOUBLE: ERROR: double-free
// DOUBLE: passport #{{[0-9]+}} (char, 8 bytes): allocated T0 at foreign-passport.c:[[#@LINE-33]] → handed T0 to foreign lib_keep (foreign-passport.c.tmp.so) at foreign-passport.c:[[#@LINE-32]] in main → handed T0 to foreign lib_echo (foreign-passport.c.tmp.so) at foreign-passport.c:[[#@LINE-31]] in main → returned T0 by foreign lib_echo (foreign-passport.c.tmp.so) at foreign-passport.c:[[#@LINE-31]] in main → handed T0 to foreign lib_release (foreign-passport.c.tmp.so) at foreign-passport.c:[[#@LINE-30]] in main → freed T0 by foreign lib_release (foreign-passport.c.tmp.so), called at foreign-passport.c:[[#@LINE-30]] in main{{$}}

// TEST: direct leak of 19 byte(s) in 1 object(s) (through foreign code: lib_error_string in foreign-passport.c.tmp.so, not built with memscope)
// TEST: passport #{{[0-9]+}} (19 bytes): allocated T0 by foreign lib_error_string (foreign-passport.c.tmp.so), received at foreign-passport.c:[[#@LINE-29]] in main{{$}}
