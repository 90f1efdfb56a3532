// ===- test/Runtime/flags/halt-on-error.c - keep going after an error -----===
//
// With halt_on_error=0 the program runs to its end and exits with its own
// status (0), and each distinct error (kind + source location) is reported
// exactly once: an overflowing read repeated by a loop gives one report, an
// underflowing read on another line its own, and a double free its own (the
// second free is then skipped). With the default, the first error stops it.
// suppress_equal_pcs=0 reports the loop's read every time. As ASan's
// recovery mode, a program erring at more than 25 distinct places is
// stopped at the 26th (an unrolled loop below), unless suppress_equal_pcs=0.
//
// See also: runtime/memscope_report.cpp (ScopedReport, ReportedSet),
// docs/Reports.md.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=halt_on_error=0 %t 2>&1 | FileCheck %s --implicit-check-not="ERROR: memscope" --implicit-check-not=ABORTING
// RUN: not %t 2>&1 | FileCheck %s --check-prefix=HALT
// RUN: %clang_memscope -O2 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=halt_on_error=0 %t 2>&1 | FileCheck %s --implicit-check-not="ERROR: memscope" --implicit-check-not=ABORTING
// RUN: env MEMSCOPE_OPTIONS=halt_on_error=0:suppress_equal_pcs=0 %t 2>&1 | grep -c "ERROR: memscope: heap-buffer-overflow" | FileCheck %s --check-prefix=EVERY
// EVERY: 4
// RUN: env MEMSCOPE_OPTIONS=halt_on_error=0 not %t many 2>&1 | grep -c "ERROR: memscope" | FileCheck %s --check-prefix=MANY
// MANY: 25
// RUN: env MEMSCOPE_OPTIONS=halt_on_error=0:suppress_equal_pcs=0 %t many 2>&1 | grep -c "ERROR: memscope" | FileCheck %s --check-prefix=ALL
// ALL: 30

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define READ5(I) Sink = Buf[I]; Sink = Buf[I + 1]; Sink = Buf[I + 2]; \
                 Sink = Buf[I + 3]; Sink = Buf[I + 4];
volatile char Sink;

int main(int argc, char **argv) {
  char *Buf = malloc(8);
  memset(Buf, 'a', 8);
  if (argc > 1) {
    // 30 reads past the end, each at its own place.
    volatile int Past = 8;
    READ5(Past) READ5(Past + 5) READ5(Past + 10)
    READ5(Past + 15) READ5(Past + 20) READ5(Past + 25)
    return 0;
  }
  for (int I = 0; I < argc + 2; ++I)
    fprintf(stderr, "byte %d: %d\n", I, Buf[8 + I]); // BOOM-LOOP
  fprintf(stderr, "before: %d\n", Buf[argc - 2]); // BOOM-LEFT
  free(Buf);
  free(Buf); // BOOM-FREE
  fprintf(stderr, "done\n");
  return 0;
}

// CHECK:      ERROR: memscope: heap-buffer-overflow
// CHECK-NEXT: READ of size 1
// CHECK-NEXT:   #0 {{.*}} in main {{.*}}halt-on-error.c:[[@LINE-10]]:
// CHECK:      SUMMARY: memscope: heap-buffer-overflow {{.*}}halt-on-error.c:[[@LINE-11]]:
// CHECK:      byte 0:
// CHECK:      byte 1:
// CHECK:      byte 2:
// CHECK:      ERROR: memscope: heap-buffer-overflow
// CHECK-NEXT: READ of size 1
// CHECK-NEXT:   #0 {{.*}} in main {{.*}}halt-on-error.c:[[@LINE-16]]:
// CHECK:      is located 1 bytes before 8-byte region
// CHECK:      SUMMARY: memscope: heap-buffer-overflow {{.*}}halt-on-error.c:[[@LINE-18]]:
// CHECK:      before:
// CHECK:      ERROR: memscope: attempting double-free
// CHECK:      SUMMARY: memscope: double-free {{.*}}halt-on-error.c:[[@LINE-19]]:
// CHECK:      done

// HALT:     ERROR: memscope: heap-buffer-overflow
// HALT:     ABORTING
// HALT-NOT: ERROR: memscope
// HALT-NOT: done
