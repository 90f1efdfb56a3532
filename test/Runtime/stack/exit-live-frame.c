// ===- test/Runtime/stack/exit-live-frame.c - exit() below a fake frame ----===//
//
// exit() called below main leaves main's frame suspended: a block only a
// local of main points to (its frame on the fake stack, where
// use-after-return detection puts it) is still reachable, not a leak, as
// when the frame is on the thread's stack.
//
// See also: runtime/memscope_lsan.cpp (SetAsideSuspendedFrames).
// ===----------------------------------------------------------------------===//

// RUN: %clang_memscope -O0 %s -o %t
// RUN: %t 2>&1 | FileCheck %s
// RUN: env MEMSCOPE_OPTIONS=detect_stack_use_after_return=0 %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t
// RUN: %t 2>&1 | FileCheck %s
// CHECK-NOT: ERROR: LeakSanitizer
// CHECK: block at
// CHECK-NOT: ERROR: LeakSanitizer

#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) void leave(void **Slot) {
  fprintf(stderr, "block at %p\n", *Slot);
  exit(0);
}

int main(void) {
  void *Block = malloc(1337);
  leave(&Block);
}
