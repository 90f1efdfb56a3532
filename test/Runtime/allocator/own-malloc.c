// ===- test/Runtime/allocator/own-malloc.c - a program's own malloc -------===//
//
// A program that defines malloc and free itself (a logging wrapper, a
// statically linked allocator) links and runs under memscope, as under
// ASan: memscope's are weak aliases of __interceptor_malloc and
// __interceptor_free, which the wrapper calls. Its blocks are memscope's,
// checked as usual.
//
// See also: runtime/memscope_interceptors.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void *__interceptor_malloc(size_t Size);
void __interceptor_free(void *P);

static int Mallocs, Frees;

void *malloc(size_t Size) {
  ++Mallocs;
  return __interceptor_malloc(Size);
}

void free(void *P) {
  ++Frees;
  __interceptor_free(P);
}

int main(int argc, char **argv) {
  int Before = Mallocs;
  char *Name = malloc(8);
  strcpy(Name, "wrapped");
  if (Mallocs != Before + 1)
    return 2;
  write(2, "wrapped\n", 8);
  // CHECK: wrapped
  free(Name);
  return Name[argc - 1]; // BOOM
  // CHECK: ERROR: memscope: heap-use-after-free
  // CHECK: in main{{.*}}own-malloc.c:[[@LINE-2]]
  // CHECK: freed by thread T0 here:
  // CHECK: in free{{.*}}own-malloc.c
}
