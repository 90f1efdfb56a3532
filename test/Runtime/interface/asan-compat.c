// ===- test/Runtime/interface/asan-compat.c - more of ASan's behaviour ----===//
//
// What programs and harnesses written for ASan expect: an overflow through
// bzero is caught; strcmp answers -1, 0 or 1; asking
// __sanitizer_get_allocated_size about memory that is no block is an error
// (bad-__sanitizer_get_allocated_size); print_cmdline adds the command
// line to a report, abort_on_error ends the process with abort(); the
// access's registers are known to __asan_on_error. argv[1] picks the case.
//
// See also: runtime/memscope_allocator.cpp, runtime/memscope_report.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: not %t bzero 2>&1 | FileCheck %s --check-prefix=BZERO
// RUN: %t strcmp 2>&1 | FileCheck %s --check-prefix=STRCMP
// RUN: not %t size 2>&1 | FileCheck %s --check-prefix=SIZE
// RUN: env MEMSCOPE_OPTIONS=print_cmdline=1 not %t uaf first second 2>&1 | FileCheck %s --check-prefixes=UAF,CMDLINE
// RUN: env ASAN_OPTIONS=abort_on_error=1 not --crash %t uaf 2>&1 | FileCheck %s --check-prefix=UAF
// RUN: %clang_memscope -O2 %s -o %t
// RUN: not %t bzero 2>&1 | FileCheck %s --check-prefix=BZERO
// RUN: %t strcmp 2>&1 | FileCheck %s --check-prefix=STRCMP
// RUN: not %t size 2>&1 | FileCheck %s --check-prefix=SIZE

#include <sanitizer/allocator_interface.h>
#include <sanitizer/asan_interface.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int Global;

void __asan_on_error(void) {
  fprintf(stderr, "on_error bp %s\n", __asan_get_report_bp() ? "set" : "null");
}

int main(int argc, char **argv) {
  if (!strcmp(argv[1], "bzero")) {
    char *Buffer = malloc(16);
    // Through a pointer the compiler cannot see through: not a memset.
    void (*volatile Zero)(void *, size_t) = bzero;
    Zero(Buffer, 17); // BZERO
    fprintf(stderr, "%d\n", Buffer[3]);
    free(Buffer);
    return 0;
  }
  if (!strcmp(argv[1], "strcmp")) {
    char *A = strdup("abcz"), *B = strdup("abca");
    fprintf(stderr, "strcmp %d %d %d\n", strcmp(A, B), strcmp(B, A),
            strncmp(A, B, 3));
    free(A);
    free(B);
    return 0;
  }
  if (!strcmp(argv[1], "size"))
    return (int)__sanitizer_get_allocated_size(&Global); // SIZE
  char *Block = malloc(8);
  free(Block);
  return Block[argc]; // UAF
}

// BZERO: ERROR: memscope: heap-buffer-overflow
// BZERO: WRITE of size 17 at {{.*}} (in bzero)
// BZERO: #1 {{.*}} in main {{.*}}asan-compat.c:[[#@LINE-22]]

// STRCMP: strcmp 1 -1 0

// SIZE: ERROR: memscope: attempting to call __sanitizer_get_allocated_size() for pointer which is not owned: 0x
// SIZE: #1 {{.*}} in main {{.*}}asan-compat.c:[[#@LINE-13]]
// SIZE: is located 0 bytes inside of global variable 'Global'
// SIZE: SUMMARY: memscope: bad-__sanitizer_get_allocated_size

// UAF: on_error bp set
// UAF: ERROR: memscope: heap-use-after-free
// CMDLINE: SUMMARY: memscope: heap-use-after-free
// CMDLINE: Command: {{.*}}asan-compat.c.tmp uaf first second
