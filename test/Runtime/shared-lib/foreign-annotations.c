// ===- test/Runtime/shared-lib/foreign-annotations.c - memscope.h's FFI API -===
//
// What the compiler cannot see is said with annotations: a block handed to
// foreign code through a function pointer (__memscope_handed_to), and
// opaque handles that are not heap blocks (__memscope_handle_opened and
// __memscope_handle_closed). A handle never closed leaks with the line
// that opened it; a closed one does not; a block handed over through a
// pointer names the hand-over in its passport and in its leak.
//
// See also: include/memscope/memscope.h, runtime/memscope_foreign.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -I%memscope_src/include -O0 %s -o %t
// RUN: not %t 2>&1 | FileCheck %s
// RUN: not %t uaf 2>&1 | FileCheck %s --check-prefix=UAF
// RUN: %clang_memscope -I%memscope_src/include -O2 %s -o %t
// RUN: not %t 2>&1 | FileCheck %s
// RUN: not %t uaf 2>&1 | FileCheck %s --check-prefix=UAF

#include <memscope/memscope.h>
#include <stdlib.h>
#include <string.h>

// A library's pool of slots, handed out by index + 1: not heap blocks.
static int Slots[8];
static int NextSlot;
static void *slot_open(void) {
  void *Handle = (void *)(long)(++NextSlot);
  __memscope_handle_opened(Handle, "slot");
  return Handle;
}
static void slot_close(void *Handle) { __memscope_handle_closed(Handle); }

// A sink reached through a pointer, as a callback table would be.
static void drop(void *P) { (void)P; }
static void (*volatile Sink)(void *) = drop;

int main(int Argc, char **Argv) {
  if (Argc > 1 && !strcmp(Argv[1], "uaf")) {
    char *Buffer = malloc(8);
    __memscope_handed_to(Buffer, "the codec's queue");
    free(Buffer);
    return Buffer[1];
  }
  void *Kept = slot_open();
  slot_close(Kept); // closed: no leak
  slot_open();      // never closed
  char *Buffer = malloc(16);
  __memscope_handed_to(Buffer, "the codec's queue");
  Sink(Buffer);
  Buffer = 0;
  return Slots[0];
}

// CHECK: Direct leak of 16 byte(s) in 1 object(s) allocated from:
// CHECK: in main {{.*}}foreign-annotations.c:[[#@LINE-8]]
// CHECK: Handed to foreign the codec's queue at {{.*}}foreign-annotations.c:[[#@LINE-8]]:{{[0-9]+}} in main, which holds no pointer to it now.
// CHECK: Direct leak of 1 byte(s) in 1 object(s) allocated from:
// CHECK: in __memscope_handle_opened
// CHECK: in slot_open {{.*}}foreign-annotations.c:[[#@LINE-31]]
// CHECK: An open slot handle ({{0x0*2}}): __memscope_handle_opened without __memscope_handle_closed.
// CHECK: SUMMARY: memscope: 17 byte(s) leaked in 2 allocation(s).

// UAF: ERROR: memscope: heap-use-after-free
// UAF: passport #{{[0-9]+}} ({{.*}}8 bytes): allocated by T0 at {{.*}}foreign-annotations.c:[[#@LINE-25]]:{{[0-9]+}} in main → handed to foreign the codec's queue at {{.*}}foreign-annotations.c:[[#@LINE-24]]:{{[0-9]+}} in main → freed by T0 at {{.*}}foreign-annotations.c:[[#@LINE-23]]:{{[0-9]+}} in main
