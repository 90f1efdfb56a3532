// ===- test/Runtime/flags/foreign-options.c - ASAN_OPTIONS, LSAN_OPTIONS -===
//
// CI scripts written for ASan and LSan set their variables: the keys
// memscope knows apply from them (ASAN_OPTIONS, then LSAN_OPTIONS, then
// MEMSCOPE_OPTIONS, which wins); keys of those tools memscope does not know,
// and entries without '=', are skipped without a word (with verbosity=1
// listed, in sanitizer_common's words). A bad value of a key memscope knows
// is still reported.
//
// See also: runtime/memscope_flags.cpp (InitializeFlags), docs/Flags.md.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: env ASAN_OPTIONS=detect_stack_use_after_return=1:exitcode=5:oops LSAN_OPTIONS=print_module_map=1 \
// RUN:   sh -c '%t; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=ASAN --implicit-check-not='unknown option' --implicit-check-not='not of the form'
// RUN: env ASAN_OPTIONS=exitcode=5 LSAN_OPTIONS=exitcode=6 sh -c '%t; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=LSAN
// RUN: env ASAN_OPTIONS=exitcode=5 LSAN_OPTIONS=exitcode=6 MEMSCOPE_OPTIONS=exitcode=7 sh -c '%t; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=MEMSCOPE
// RUN: env ASAN_OPTIONS=detect_leaks=0 %t 2>&1 | FileCheck %s --check-prefix=OFF --allow-empty
// RUN: env LSAN_OPTIONS=exitcode=x sh -c '%t; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=BAD
// RUN: env ASAN_OPTIONS=oops=1:verbosity=1:detect_leaks=0 %t 2>&1 | FileCheck %s --check-prefix=LISTED
// A program written for LSan or ASan may set defaults in code, and they
// apply too, under the variables.
// RUN: %clang_memscope -O0 -DDEFAULTS %s -o %t.defaults
// RUN: sh -c '%t.defaults; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=DEFAULTS
// RUN: env LSAN_OPTIONS=exitcode=6 sh -c '%t.defaults; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=LSAN

#include <stdlib.h>

void *volatile Sink;

#ifdef DEFAULTS
const char *__asan_default_options(void) { return "exitcode=3:asan_only=1"; }
const char *__lsan_default_options(void) { return "exitcode=4:help=1"; }
#endif

int main(void) {
  Sink = malloc(19);
  Sink = 0;
  return 0;
}

// ASAN: Direct leak of 19 byte(s)
// ASAN: exit status 5
// LSAN: exit status 6
// MEMSCOPE: exit status 7
// OFF-NOT: leak
// BAD: memscope: LSAN_OPTIONS: option 'exitcode' has the value 'x', which is not an integer; ignored
// BAD: exit status 1
// LISTED: WARNING: found 1 unrecognized flag(s):
// LISTED-NEXT: {{^    oops$}}
// DEFAULTS: Available flags for memscope:
// DEFAULTS-NOT: asan_only
// DEFAULTS: exit status 4
