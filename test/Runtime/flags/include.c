// ===- test/Runtime/flags/include.c - options read from a file ------------===//
//
// include=FILE and include_if_exists=FILE, as ASan's: the file's options
// (separated as in the variable, newlines too) apply where the key stands,
// later entries overriding them; %b in the path is the program's name. A
// file that cannot be read is reported on one line and skipped (but not by
// include_if_exists), and a file including itself stops after a few levels.
//
// See also: runtime/memscope_flags.cpp (IncludeOptions), docs/Flags.md.
// ===----------------------------------------------------------------------===//

// RUN: %clang_memscope -O0 %s -o %t
// RUN: rm -rf %t.dir && mkdir -p %t.dir && cp %t %t.dir/prog
// RUN: printf 'exitcode=42\ndetect_leaks=0\n' > %t.dir/opts
// RUN: printf 'exitcode=42\n' > %t.dir/prog.opts
// RUN: printf 'include=%t.dir/loop\n' > %t.dir/loop
// RUN: env ASAN_OPTIONS=include=%t.dir/opts sh -c '%t.dir/prog; echo "exit $?"' 2>&1 | FileCheck %s --check-prefix=FILE
// RUN: env MEMSCOPE_OPTIONS=include=%t.dir/opts:exitcode=43 sh -c '%t.dir/prog; echo "exit $?"' 2>&1 | FileCheck %s --check-prefix=LATER
// RUN: env MEMSCOPE_OPTIONS=include=%t.dir/%%b.opts sh -c '%t.dir/prog; echo "exit $?"' 2>&1 | FileCheck %s --check-prefix=FILE
// RUN: env MEMSCOPE_OPTIONS=include=%t.dir/none:exitcode=5 sh -c '%t.dir/prog; echo "exit $?"' 2>&1 | FileCheck %s --check-prefix=MISSING
// RUN: env MEMSCOPE_OPTIONS=include_if_exists=%t.dir/none:exitcode=5 sh -c '%t.dir/prog; echo "exit $?"' 2>&1 | FileCheck %s --check-prefix=QUIET --implicit-check-not='cannot read'
// RUN: env MEMSCOPE_OPTIONS=include=%t.dir/loop sh -c '%t.dir/prog; echo "exit $?"' 2>&1 | FileCheck %s --check-prefix=LOOP

#include <stdlib.h>

int main(int argc, char **argv) {
  char *P = malloc(4);
  return P[argc + 3];
}

// FILE: ERROR: memscope: heap-buffer-overflow
// FILE: exit 42
// LATER: exit 43
// MISSING: memscope: MEMSCOPE_OPTIONS: cannot read options from '{{.*}}none' (error 2); ignored
// MISSING: exit 5
// QUIET: exit 5
// LOOP: options included too deep
// LOOP: exit 1
