// ===- test/Runtime/asan-front-end/libcxx-containers.cpp - libc++'s annotations ===//
//
// libc++ annotates the spare capacity of std::vector and the unused ends of
// std::deque's blocks when `__has_feature(address_sanitizer)` holds, which
// it does under the drivers' ASan front end: a read past size() but within
// capacity() is a container-overflow, as under ASan, with no -D needed.
//
// See also: runtime/memscope_containers.cpp, overflow/container-overflow.cpp
// (libstdc++'s vector).
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -stdlib=libc++ -O0 %s -o %t
// RUN: %t 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: not %t vector 2>&1 | FileCheck %s --check-prefix=VECTOR
// RUN: not %t deque 2>&1 | FileCheck %s --check-prefix=DEQUE
// RUN: %clangxx_memscope -stdlib=libc++ -O2 %s -o %t
// RUN: %t 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: not %t vector 2>&1 | FileCheck %s --check-prefix=VECTOR
// RUN: not %t deque 2>&1 | FileCheck %s --check-prefix=DEQUE

#include <cstdio>
#include <cstring>
#include <deque>
#include <vector>

int main(int argc, char **argv) {
  const char *Mode = argc > 1 ? argv[1] : "";
  std::vector<int> V;
  V.reserve(16);
  for (int I = 0; I < 4; ++I)
    V.push_back(I);
  std::deque<int> D;
  for (int I = 0; I < 4; ++I)
    D.push_back(I);
  int *Data = V.data();
  int *Back = &D.back();
  volatile int Sink = Data[3] + Back[0];
  if (!strcmp(Mode, "vector"))
    Sink = Data[4 + argc - 2];
  // VECTOR: ERROR: memscope: container-overflow
  // VECTOR: READ of size 4
  // VECTOR: in main{{.*}}libcxx-containers.cpp:[[@LINE-3]]
  if (!strcmp(Mode, "deque"))
    Sink = Back[argc - 1];
  // DEQUE: ERROR: memscope: container-overflow
  // DEQUE: in main{{.*}}libcxx-containers.cpp:[[@LINE-2]]
  V.resize(2);
  V.push_back(9);
  fprintf(stderr, "ok %d\n", Sink + V[2]);
  // CLEAN: ok 15
  // CLEAN-NOT: ERROR
  return 0;
}
