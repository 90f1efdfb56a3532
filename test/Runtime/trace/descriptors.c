// ===- test/Runtime/trace/descriptors.c - the trace's file is out of the way
//
// A program must not notice the trace's descriptor: it is not among the low
// numbers (open() still returns 3 first) and it is close-on-exec, so a
// child that execs never inherits it. Without recording there is no
// descriptor at all.
//
// See also: runtime/memscope_trace.cpp (MoveHigh).
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: rm -rf %t.dir && mkdir %t.dir && cd %t.dir
// RUN: %t | FileCheck %s --check-prefix=PLAIN
// RUN: env MEMSCOPE_OPTIONS=trace=1 %t | FileCheck %s --check-prefix=TRACE

#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void) {
  int First = open("/dev/null", O_RDONLY);
  printf("first open: %d\n", First);
  for (int Fd = 3; Fd < 4096; ++Fd) {
    int Flags = fcntl(Fd, F_GETFD);
    if (Flags < 0 || Fd == First)
      continue;
    char Link[64], Target[512];
    snprintf(Link, sizeof(Link), "/proc/self/fd/%d", Fd);
    ssize_t N = readlink(Link, Target, sizeof(Target) - 1);
    Target[N > 0 ? N : 0] = 0;
    if (strstr(Target, ".trace"))
      printf("trace fd %s, close-on-exec %d\n", Fd >= 64 ? "high" : "low",
             (Flags & FD_CLOEXEC) != 0);
  }
  return 0;
}
// PLAIN: first open: 3
// PLAIN-NOT: trace fd
// TRACE: first open: 3
// TRACE: trace fd high, close-on-exec 1
