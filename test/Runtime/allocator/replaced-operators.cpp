// ===- test/Runtime/allocator/replaced-operators.cpp - a program's own new ==
//
// A program that replaces the global operator new and delete (an
// accounting layer over malloc) links and runs under memscope, as under
// ASan: memscope's operators are weak. Its blocks are malloc's, checked as
// usual: an overflow of an array its operator new[] made is reported, the
// allocation stack passing through it.
//
// See also: runtime/memscope_new_delete.cpp, allocator/own-malloc.c,
// allocator/own-strdup.c.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t && %t clean 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: not %t 2>&1 | FileCheck %s
// RUN: %clangxx_memscope -O2 %s -o %t && %t clean 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: not %t 2>&1 | FileCheck %s

#include <cstdio>
#include <cstdlib>
#include <new>

static long Live;

void *operator new(std::size_t Size) {
  ++Live;
  if (void *P = std::malloc(Size ? Size : 1))
    return P;
  throw std::bad_alloc();
}
void *operator new[](std::size_t Size) { return operator new(Size); }
void operator delete(void *P) noexcept {
  if (P)
    --Live;
  std::free(P);
}
void operator delete[](void *P) noexcept { operator delete(P); }
void operator delete(void *P, std::size_t) noexcept { operator delete(P); }
void operator delete[](void *P, std::size_t) noexcept { operator delete(P); }

volatile int Index;

int main(int Argc, char **) {
  int *One = new int(Argc);
  int *Many = new int[4]();
  if (Argc > 1) { // clean
    Many[Index + 3] = *One;
    delete One;
    delete[] Many;
    std::printf("live %ld\n", Live);
    return 0;
  }
  Many[Index + 4] = *One;
  return 0;
}
// CLEAN: live 0
// CHECK: ERROR: memscope: heap-buffer-overflow
// CHECK: #0 {{.*}} in main {{.*}}replaced-operators.cpp:[[@LINE-5]]
// CHECK: 0 bytes after 16-byte region
// CHECK: allocated by thread T0 here:
// CHECK: in malloc
// CHECK: in operator new{{.*}}replaced-operators.cpp
