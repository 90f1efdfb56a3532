// ===- test/Runtime/flags/protect-shadow-gap.c - memory in the shadow gap --===//
//
// The address range between the low and the high shadow is kept
// inaccessible by default: a program touching it gets a SEGV report.
// With protect_shadow_gap=0 (as ASan's flag, for GPU drivers that map
// memory there) the program may map and use it, and that memory is
// checked like any other: a poisoned byte there is reported with the line
// that read it.
//
// See also: runtime/memscope_shadow.cpp (InitializeShadow), docs/Flags.md.
// ===----------------------------------------------------------------------===//

// RUN: %clang_memscope -O0 %s -o %t
// RUN: not %t 2>&1 | FileCheck %s --check-prefix=PROTECTED
// RUN: env MEMSCOPE_OPTIONS=protect_shadow_gap=0 not %t 2>&1 | FileCheck %s --check-prefix=OPEN
// RUN: %clang_memscope -O2 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=protect_shadow_gap=0 not %t 2>&1 | FileCheck %s --check-prefix=OPEN

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/mman.h>

void __asan_poison_memory_region(void const volatile *Addr, size_t Size);

int main(void) {
  // 1 GiB at 16 GiB: inside the gap [0x00008fff7000, 0x02008fff6fff], away
  // from the gap's own shadow.
  char *Base = (char *)(uintptr_t)0x400000000ULL;
  void *Got = mmap(Base, 1 << 30, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED, -1,
                   0);
  if (Got != Base)
    return 2;
  for (uintptr_t Off = 0; Off < (1u << 30); Off += 1 << 24)
    Base[Off] = 1; // by default the check's shadow read faults
  // PROTECTED: ERROR: memscope: SEGV on unknown address
  // PROTECTED: protect-shadow-gap.c:[[@LINE-2]]
  fprintf(stderr, "gap memory in use\n");
  // OPEN: gap memory in use
  __asan_poison_memory_region(Base + 4096, 64);
  return ((volatile char *)Base)[4096 + 10];
  // OPEN: ERROR: memscope: use-after-poison on address 0x00040000100a
  // OPEN: READ of size 1
  // OPEN: protect-shadow-gap.c:[[@LINE-3]]
}
