// ===- test/Runtime/overflow/unaligned.c - a read straddling the end ------===
//
// An unaligned 8-byte read at offset 7 of a 12-byte block covers bytes
// 7..14; 12..14 are past the end. Under-aligned, it cannot take the inline
// one-granule check: the pass calls __memscope_loadN, which checks every
// byte. As ASan's, the report gives its first bad byte throughout (an
// aligned access of 1 to 16 bytes is reported at its start).
//
// See also: pass/MemoryAccess.cpp (instrumentAccess), runtime/memscope_rtl.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef uint64_t __attribute__((aligned(1))) UnalignedU64;

int main(int argc, char **argv) {
  char *Buf = malloc(12); // ALLOC
  memset(Buf, 1, 12);
  const UnalignedU64 *Word = (const UnalignedU64 *)(Buf + 6 + argc);
  printf("%llx\n", (unsigned long long)*Word); // BOOM
  free(Buf);
  return 0;
}

// CHECK:      ERROR: memscope: heap-buffer-overflow on address [[BAD:0x[0-9a-f]+]]
// CHECK-NEXT: READ of size 8 at [[BAD]] thread T0
// CHECK:        in main {{.*}}unaligned.c:[[@LINE-7]]:
// CHECK:      [[BAD]] is located 0 bytes after 12-byte region [0x{{[0-9a-f]+}},[[BAD]])
// CHECK-NEXT: allocated by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in malloc
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}unaligned.c:[[@LINE-14]]:
// CHECK:      SUMMARY: memscope: heap-buffer-overflow {{.*}}unaligned.c:[[@LINE-12]]:{{[0-9]+}} in main
