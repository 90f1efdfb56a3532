// ===- test/Runtime/allocator/registered-frames.cpp - frames libgcc sorts --===//
//
// With -rtlib=compiler-rt, the program's crtbegin registers its unwind
// tables with __register_frame_info, and libgcc sorts them at its first
// lookup, allocating under a lock it holds. memscope's unwinder asks libgcc
// about frames without a frame pointer: the allocation made during the
// sort must not ask again (every program once hung at its first malloc
// from such a frame). Allocations, a throw and a report all work. -O0 and
// -O2.
//
// See also: runtime/memscope_stack.cpp (Learn).
// ===----------------------------------------------------------------------===//

// RUN: %clangxx_memscope -rtlib=compiler-rt -O0 %s -o %t
// RUN: timeout 60 %t 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: not timeout 60 %t overflow 2>&1 | FileCheck %s
// RUN: %clangxx_memscope -rtlib=compiler-rt -O2 %s -o %t
// RUN: timeout 60 %t 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: not timeout 60 %t overflow 2>&1 | FileCheck %s
// CLEAN: caught 7, 3 lines
// CHECK: ERROR: memscope: heap-buffer-overflow
// CHECK: #0 {{.*}} in main {{.*}}registered-frames.cpp:[[@LINE+23]]

#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>

volatile char Sink;

int main(int Argc, char **Argv) {
  std::string Lines;
  for (int I = 0; I < 3; ++I)
    Lines += "line " + std::to_string(I) + "\n";
  int Caught = 0;
  try {
    throw std::runtime_error(Lines);
  } catch (const std::exception &E) {
    Caught = 7;
  }
  std::printf("caught %d, %d lines\n", Caught, 3);
  if (Argc > 1) {
    volatile int Past = 16;
    char *Buffer = static_cast<char *>(std::malloc(16));
    Sink = Buffer[Past];
    std::free(Buffer);
  }
  return 0;
}
