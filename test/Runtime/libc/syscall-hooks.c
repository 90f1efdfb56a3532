// ===- test/Runtime/libc/syscall-hooks.c - raw system calls announced -----===//
//
// Code that makes raw system calls announces them with sanitizer_common's
// hooks (<sanitizer/linux_syscall_hooks.h>): the buffer the kernel will
// write is checked, and an overflow is reported at the caller's line.
//
// See also: runtime/memscope_syscalls.cpp.
// ===----------------------------------------------------------------------===//

// RUN: %clang_memscope -O0 %s -o %t
// RUN: %t ok
// RUN: not %t bad 2>&1 | FileCheck %s

#include <sanitizer/linux_syscall_hooks.h>
#include <stdlib.h>

int main(int Argc, char **Argv) {
  char *Buffer = malloc(10);
  long Count = Argv[1][0] == 'b' ? 11 : 10;
  __sanitizer_syscall_pre_read(0, (long)Buffer, Count); // the call to read(2)
  free(Buffer);
  return 0;
}

// CHECK: ERROR: memscope: heap-buffer-overflow
// CHECK: WRITE of size 11 at {{0x[0-9a-f]+}} (in a system call) thread T0
// CHECK: #{{[0-9]+}} {{.*}} in main {{.*}}syscall-hooks.c:[[#@LINE-7]]
// CHECK: SUMMARY: memscope: heap-buffer-overflow {{.*}}syscall-hooks.c:[[#@LINE-8]]
