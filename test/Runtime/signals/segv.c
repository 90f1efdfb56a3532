// ===- test/Runtime/signals/segv.c - a null pointer dereference -----------===
//
// A write through a null pointer is not a heap error but a deadly signal:
// memscope's handler reports SEGV on unknown address with the faulting
// stack, framed as ASan frames its reports (the rule of '=' above, the
// facts __asan_get_report_* return, __asan_on_error called first), then
// exits with exitcode. With handle_segv=0 the signal is left to
// the system and the process dies of it.
//
// See also: runtime/memscope_rtl.cpp (OnDeadlySignal), docs/Reports.md.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: env MEMSCOPE_OPTIONS=handle_segv=0 not --crash %t 2>&1 | FileCheck %s --check-prefix=NOHANDLER

#include <sanitizer/asan_interface.h>
#include <stdio.h>
#include <stdlib.h>

void __asan_on_error(void) {
  fprintf(stderr, "on_error: description %s, address %lx, write %d\n",
          __asan_get_report_description(),
          (unsigned long)__asan_get_report_address(),
          __asan_get_report_access_type());
}

struct Node {
  int Value;
  struct Node *Next;
};

__attribute__((noinline)) static void setSecond(struct Node *Head, int V) {
  Head->Next->Value = V; // BOOM
}

int main(int argc, char **argv) {
  struct Node *Head = calloc(1, sizeof *Head);
  fprintf(stderr, "head %d\n", Head->Value);
  setSecond(Head, argc); // CALL
  free(Head);
  return 0;
}

// CHECK:      head 0
// CHECK-NEXT: memscope:DEADLYSIGNAL
// CHECK-NEXT: on_error: description SEGV, address 0, write 1
// CHECK-NEXT: =================================================================
// CHECK-NEXT: ==[[PID:[0-9]+]]==ERROR: memscope: SEGV on unknown address 0x000000000000
// CHECK:      The signal is caused by a WRITE memory access.
// CHECK:        #0 {{.*}} in setSecond {{.*}}segv.c:[[@LINE-17]]:
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}segv.c:[[@LINE-12]]:
// CHECK:      SUMMARY: memscope: SEGV {{.*}}segv.c:[[@LINE-19]]:{{[0-9]+}} in setSecond
// CHECK-NEXT: ==[[PID]]==ABORTING

// NOHANDLER:     head 0
// NOHANDLER-NOT: memscope
