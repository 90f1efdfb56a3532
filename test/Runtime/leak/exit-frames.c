// ===- test/Runtime/leak/exit-frames.c - what exit() leaves suspended -----===
//
// At exit no frame of the exiting thread runs again. Returning from main
// kills every frame: a block whose last pointer was main's local is leaked.
// exit() called below main leaves its callers suspended: what only they
// reach is listed as still reachable (as Valgrind lists it) and does not
// change the exit status, unless leak_suspended_frames=1 counts it.
//
// See also: runtime/memscope_lsan.cpp (SetAsideSuspendedFrames).
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s --check-prefixes=CHECK,EXIT
// RUN: %clang_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s --check-prefixes=CHECK,EXIT
// RUN: env MEMSCOPE_OPTIONS=leak_suspended_frames=1 not %t 2>&1 | FileCheck %s --check-prefixes=CHECK,COUNTED
// Only what the suspended frames reach is set aside: with nothing else
// leaked, the run passes.
// RUN: %t clean 2>&1 | FileCheck %s --check-prefix=CLEAN
// A pointer main keeps in a callee-saved register across exit() (at -O2)
// is the suspended frame's too.
// RUN: %t register 2>&1 | FileCheck %s --check-prefix=REGISTER
// Returning from main: main's locals are dead.
// RUN: not %t return 2>&1 | FileCheck %s --check-prefix=RETURN
// The trace lists what the run listed: the still-reachable blocks apart,
// outside the totals, and the leak.
// RUN: rm -rf %t.dir && env MEMSCOPE_OPTIONS=trace_dir=%t.dir not %t >/dev/null 2>&1
// RUN: memscope report %t.dir/*.trace | FileCheck %s --check-prefix=TRACE
// RUN: memscope report --json %t.dir/*.trace | FileCheck %s --check-prefix=JSON

#include <stdlib.h>
#include <string.h>

struct List {
  struct List *Next;
  char Text[24];
};

void *volatile Sink;

__attribute__((noinline)) void show(void *P) {
  Sink = P;
  Sink = 0;
}

__attribute__((noinline)) void finish(struct List *Kept) {
  // The only pointer to Kept, in a frame exit() leaves suspended.
  struct List *volatile Local = Kept;
  (void)Local;
  exit(0);
}

int main(int argc, char **argv) {
  struct List *Kept = malloc(sizeof(struct List)); // KEPT
  Kept->Next = malloc(sizeof(struct List));        // NEXT
  Kept->Next->Next = 0;
  if (argc > 1 && !strcmp(argv[1], "return")) {
    struct List *volatile Dead = Kept;
    (void)Dead;
    return 0;
  }
  if (argc > 1 && !strcmp(argv[1], "register")) {
    show(Kept);
    show(Kept->Next);
    exit(0);
  }
  if (argc == 1) {
    Sink = malloc(44);
    Sink = 0;
  }
  finish(Kept);
}

// EXIT: memscope: 64 byte(s) in 2 allocation(s) still reachable at exit only from the frames exit() left suspended
// EXIT: Still reachable: 32 byte(s) in 1 object(s) allocated from:
// EXIT: in main {{.*}}exit-frames.c:[[@LINE-22]]
// EXIT: Still reachable: 32 byte(s) in 1 object(s) allocated from:
// EXIT: in main {{.*}}exit-frames.c:[[@LINE-23]]
// CHECK: ERROR: LeakSanitizer: detected memory leaks
// CHECK: Direct leak of 44 byte(s) in 1 object(s) allocated from:
// COUNTED: Direct leak of 32 byte(s) in 1 object(s) allocated from:
// COUNTED: Indirect leak of 32 byte(s) in 1 object(s) allocated from:
// EXIT: SUMMARY: memscope: 44 byte(s) leaked in 1 allocation(s).
// COUNTED: SUMMARY: memscope: 108 byte(s) leaked in 3 allocation(s).

// CLEAN: still reachable at exit
// CLEAN-NOT: LeakSanitizer

// RETURN-NOT: still reachable
// RETURN: Direct leak of 32 byte(s) in 1 object(s) allocated from:
// RETURN: in main {{.*}}exit-frames.c:[[@LINE-37]]
// RETURN: Indirect leak of 32 byte(s) in 1 object(s) allocated from:
// RETURN: SUMMARY: memscope: 64 byte(s) leaked in 2 allocation(s).

// REGISTER: 64 byte(s) in 2 allocation(s) still reachable at exit
// REGISTER-NOT: LeakSanitizer

// TRACE: Leak check #1 at exit
// TRACE: Direct leak of 44 byte(s) in 1 object(s) allocated from:
// TRACE: Still reachable (only from frames exit() left suspended): 32 byte(s) in 1 object(s) allocated from:
// TRACE: Still reachable (only from frames exit() left suspended): 32 byte(s) in 1 object(s) allocated from:
// TRACE: SUMMARY: memscope: 44 byte(s) leaked in 1 allocation(s).
// JSON: "total_bytes": 44,
// JSON-NEXT: "total_objects": 1,
// JSON: "kind": "direct",
// JSON-NEXT: "bytes": 44,
// JSON: "kind": "still-reachable",
// JSON-NEXT: "bytes": 32,
// JSON: "kind": "still-reachable",
// JSON-NEXT: "bytes": 32,
