// ===- test/Runtime/flags/interceptor-checks.c - ASan's string flags ------===//
//
// ASan's flags over the checks inside libc calls: strict_string_checks
// (strcmp and strcat read the whole string), intercept_strcmp=0 and
// replace_str=0 (those functions unchecked), and a suppressions file
// (interceptor_name: and interceptor_via_fun:) that hides an error inside
// an intercepted call, as ASan's does; a malformed file is an error at
// start. argv[1] picks the function.
//
// See also: runtime/memscope_interceptors.cpp, runtime/memscope_report.cpp
// (InterceptorErrorSuppressed), docs/Flags.md.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: %t strcmp 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: env MEMSCOPE_OPTIONS=strict_string_checks=1 not %t strcmp 2>&1 | FileCheck %s --check-prefix=STRICT
// RUN: env MEMSCOPE_OPTIONS=strict_string_checks=1:intercept_strcmp=0 %t strcmp 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: not %t strcat 2>&1 | FileCheck %s --check-prefix=STRCAT
// RUN: env ASAN_OPTIONS=replace_str=0 %t strcat 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: echo "interceptor_name:strcat" > %t.name.supp
// RUN: env MEMSCOPE_OPTIONS=suppressions=%t.name.supp %t strcat 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: echo "interceptor_via_fun:append_name" > %t.fun.supp
// RUN: env MEMSCOPE_OPTIONS=suppressions=%t.fun.supp %t strcat 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: echo "interceptor_via_fun:someone_else" > %t.other.supp
// RUN: env MEMSCOPE_OPTIONS=suppressions=%t.other.supp not %t strcat 2>&1 | FileCheck %s --check-prefix=STRCAT
// RUN: echo "no_such_kind:strcat" > %t.bad.supp
// RUN: env MEMSCOPE_OPTIONS=suppressions=%t.bad.supp not %t strcmp 2>&1 | FileCheck %s --check-prefix=BAD
// RUN: %clang_memscope -O2 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=strict_string_checks=1 not %t strcmp 2>&1 | FileCheck %s --check-prefix=STRICT
// RUN: env MEMSCOPE_OPTIONS=suppressions=%t.fun.supp %t strcat 2>&1 | FileCheck %s --check-prefix=CLEAN

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) void append_name(char *Buffer, const char *Name) {
  strcat(Buffer, Name); // APPEND
  __asm__ volatile("" ::: "memory"); // no tail call: the frame stays
}

int main(int argc, char **argv) {
  if (!strcmp(argv[1], "strcmp")) {
    // "abc" and "xbc" differ at the first byte: strcmp needs only that one,
    // but the first string has no terminator in its block.
    char *A = malloc(3);
    memcpy(A, "abc", 3);
    int R = strcmp(A, "xbc"); // COMPARE
    free(A);
    fprintf(stderr, "done %d\n", R < 0);
    return 0;
  }
  char *Buffer = malloc(8);
  strcpy(Buffer, "abc");
  append_name(Buffer, "defghij"); // 3 + 7 + 1 bytes in an 8-byte block
  fprintf(stderr, "done %d\n", Buffer[0] == 'a');
  free(Buffer);
  return 0;
}

// CLEAN: done 1

// STRICT: ERROR: memscope: heap-buffer-overflow
// STRICT: READ of size 4 at {{.*}} (in strcmp)
// STRICT: #1 {{.*}} in main {{.*}}interceptor-checks.c:[[#@LINE-17]]

// STRCAT: ERROR: memscope: heap-buffer-overflow
// STRCAT: WRITE of size 8 at {{.*}} (in strcat)
// STRCAT: #1 {{.*}} in append_name {{.*}}interceptor-checks.c:[[#@LINE-31]]

// BAD: memscope: failed to parse suppressions
