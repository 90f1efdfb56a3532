// ===- test/Analyzer/build-id.c - a binary rebuilt after the run ----------===
//
// Module records carry the module's build id. A trace of this program is
// made (as in symbolize.c, from its disassembly) with the executable's
// build id; while the binary is the one that ran, the report names
// functions and lines. Then the program is rebuilt, changed, at the same
// path: its frames must not be symbolised against the new binary (they
// would name the wrong lines), but shown as module+offset, with one
// warning naming the module and both build ids.
//
// See also: utils/analyzer/Symbolizer.cpp (sameBuild), symbolize.c,
// docs/Analyzer.md ("Stacks and symbols").
// ===----------------------------------------------------------------------===

// RUN: %clang -g -O0 -no-pie -Wl,--build-id=sha1 %s -o %t.exe
// RUN: llvm-objdump -d --no-show-raw-insn %t.exe > %t.dis
// RUN: %make_trace binary %t.trace --exe %t.exe --disassembly %t.dis --build-id
// RUN: memscope report %t.trace > %t.before 2>&1
// RUN: FileCheck %s --check-prefix=BEFORE < %t.before
// RUN: %clang -g -O0 -no-pie -Wl,--build-id=sha1 -DREBUILT %s -o %t.exe
// RUN: memscope report %t.trace > %t.after 2> %t.err
// RUN: FileCheck %s --check-prefix=AFTER < %t.after
// RUN: FileCheck %s --check-prefix=WARN --implicit-check-not=warning < %t.err

#include <stdlib.h>

static void *volatile Sink;

void *__memscope_fake_alloc(size_t N) { return malloc(N); }

#ifdef REBUILT
int Padding(int X) { return X * 3 + 1; }
#endif

void make_buffer(int N) {
  Sink = __memscope_fake_alloc(N + 6); // ALLOC
}

int main(int argc, char **argv) {
  make_buffer(argc);
  free(Sink);
  return 0;
}

// BEFORE-NOT: warning
// BEFORE:     Direct leak of 7 byte(s) in 1 object(s) allocated from:
// BEFORE:       #1 0x{{[0-9a-f]+}} in make_buffer {{.*}}build-id.c:[[@LINE-11]]:10

// AFTER:      Direct leak of 7 byte(s) in 1 object(s) allocated from:
// AFTER-NEXT:   #0 0x{{[0-9a-f]+}} ({{.*}}build-id.c.tmp.exe+0x{{[0-9a-f]+}})
// AFTER-NEXT:   #1 0x{{[0-9a-f]+}} ({{.*}}build-id.c.tmp.exe+0x{{[0-9a-f]+}})
// WARN: memscope: warning: {{.*}}build-id.c.tmp.exe has changed since the trace was written (build id {{[0-9a-f]+}} != {{[0-9a-f]+}}): its frames are shown as module+offset
