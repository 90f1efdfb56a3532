// ===- test/Runtime/leak/suppressions.c - leak:<pattern> ------------------===
//
// A suppressions file in LSan's syntax hides matching leaks (and says it
// did); others are still reported.
//
// See also: docs/Leaks.md.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: echo "leak:make_cache" > %t.supp
// RUN: env MEMSCOPE_OPTIONS=suppressions=%t.supp %t 2>&1 | FileCheck %s --check-prefix=ALL
// RUN: echo "leak:suppressions.c" > %t.file
// RUN: env MEMSCOPE_OPTIONS=suppressions=%t.file %t 2>&1 | FileCheck %s --check-prefix=ALL
// One file for ASan's and LSan's suppressions, as ASAN_OPTIONS users keep
// it: the interceptor lines are accepted, the leak lines apply.
// RUN: printf 'interceptor_name:strlen\ninterceptor_via_fun:parse\nleak:make_cache\n' > %t.both
// RUN: env ASAN_OPTIONS=suppressions=%t.both %t 2>&1 | FileCheck %s --check-prefix=ALL
// RUN: not %t 2>&1 | FileCheck %s --check-prefix=NONE

#include <stdlib.h>

void *volatile Sink;

__attribute__((noinline)) void make_cache(void) { Sink = malloc(64); Sink = 0; }

int main() {
  make_cache();
  return 0;
}
// ALL-NOT: Direct leak
// ALL: Suppressions used:
// ALL: {{^ *}}1 {{ *}}64 {{make_cache|suppressions.c}}
// NONE: Direct leak of 64 byte(s) in 1 object(s) allocated from:
// NONE: in make_cache
