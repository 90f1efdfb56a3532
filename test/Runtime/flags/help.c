// ===- test/Runtime/flags/help.c - help=1 lists every option --------------===
//
// help=1 prints each option of runtime/memscope_flags.inc with its
// description and current value (reflecting the other options given), then
// the program runs as usual.
//
// See also: runtime/memscope_flags.cpp (PrintHelp), docs/Flags.md.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=help=1:exitcode=9:log_path=stderr %t > %t.help 2>&1
// RUN: FileCheck %s < %t.help
// RUN: %clang_memscope -O2 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=help=1:exitcode=9:log_path=stderr %t 2>&1 | FileCheck %s

// Every flag declared in memscope_flags.inc is listed; the names are taken
// from the .inc itself, so a new flag needs no change here.
// RUN: sed -n 's/^MEMSCOPE_FLAG([^,]*, *\([a-z_0-9]*\),.*/\1/p' %memscope_src/runtime/memscope_flags.inc > %t.names
// RUN: FileCheck %s --check-prefix=NAMES < %t.names
// RUN: sh -c 'for name in $(cat %t.names); do grep -q "^  $name " %t.help || echo "missing: $name"; done' > %t.missing
// RUN: count 0 < %t.missing
// ...and nothing else: one "current value" per flag.
// RUN: sh -c 'test $(grep -c "(current value: " %t.help) -eq $(wc -l < %t.names)'

#include <stdio.h>

int main(void) {
  fprintf(stderr, "main runs\n");
  return 0;
}

// CHECK:      Available flags for memscope:
// CHECK-NEXT: (MEMSCOPE_OPTIONS=key=value:...; known keys are also read from ASAN_OPTIONS and LSAN_OPTIONS)
// CHECK:      help Print every flag
// CHECK-NEXT: (current value: 1)
// CHECK:      halt_on_error Stop at the first error.
// CHECK-NEXT: (current value: 1)
// CHECK:      exitcode Exit status of a program stopped by an error.
// CHECK-NEXT: (current value: 9)
// CHECK:      log_path Write reports to
// CHECK-NEXT: (current value: 'stderr')
// CHECK:      quarantine_size_mb Bytes of freed memory
// CHECK-NEXT: (current value: 256)
// CHECK:      redzone Minimal heap redzone
// CHECK-NEXT: (current value: 16)
// CHECK:      color Colour reports
// CHECK-NEXT: (current value: 'auto')
// CHECK:      main runs

// The sed above found the flags (not an empty list):
// NAMES: help
// NAMES: halt_on_error
// NAMES: quarantine_size_mb
// NAMES: redzone
// NAMES: color
