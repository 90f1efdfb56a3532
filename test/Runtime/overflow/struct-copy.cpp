// ===- test/Runtime/overflow/struct-copy.cpp - a struct copy overreads ----===
//
// A 64-byte struct assigned from a block of 33 bytes: the copy is an
// llvm.memcpy, which the pass routes through __memscope_memcpy; the report
// says `(in memcpy)` and names the assignment's line.
//
// See also: pass/MemoryAccess.cpp (replaceMemIntrinsic), overflow/memcpy.c.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clangxx_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s

#include <cstdio>
#include <cstdlib>
#include <cstring>

struct Record {
  char Data[64];
};

// A global destination: the copy must really happen, whatever -O2 knows.
Record Saved;

int main(int argc, char **) {
  void *Raw = std::malloc(32 + argc); // ALLOC
  std::memset(Raw, 'r', 32 + argc);
  Saved = *static_cast<Record *>(Raw); // BOOM
  std::printf("%c\n", Saved.Data[argc]);
  std::free(Raw);
  return 0;
}

// CHECK:      ERROR: memscope: heap-buffer-overflow on address [[BAD:0x[0-9a-f]+]]
// CHECK-NEXT: READ of size 64 at 0x{{[0-9a-f]+}} (in memcpy) thread T0
// CHECK:        in main {{.*}}struct-copy.cpp:[[@LINE-8]]:
// CHECK:      [[BAD]] is located 0 bytes after 33-byte region
// CHECK-NEXT: allocated by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in malloc
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}struct-copy.cpp:[[@LINE-14]]:
// CHECK:      SUMMARY: memscope: heap-buffer-overflow {{.*}}struct-copy.cpp:[[@LINE-13]]:{{[0-9]+}} in main
