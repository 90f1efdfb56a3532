// ===- test/Runtime/global/unpadded-globals.cpp - globals left unpadded ---===//
//
// Some globals get no redzone, in memscope as in ASan: C++17 inline
// variables and template static members (comdat: each module's copy must
// be alike), weak ones (another module's may win). An index that leaves
// one lands in whatever lies beside it, often a padded global's redzone,
// and memory inside one may be poisoned by the program: an access at a
// variable index is checked, as ASan checks it (pass/MemoryAccess.cpp once
// skipped every access based on such a global). Here each keeps a pool
// whose unused half the program poisons: reading or writing there is
// use-after-poison at the access's line, in the used half nothing is
// reported. -O0 and -O2. (utils/asan-diff/sg8_cxx_inline_var_ring_prev and
// sg8_weak_hits_table_level0 leave such a global into a neighbour's
// redzone, where the linker happens to put one.)
//
// See also: global-overflow.c.
// ===----------------------------------------------------------------------===//

// RUN: %clangxx_memscope -O0 %s -o %t
// RUN: %python %S/../libc/Inputs/run_cases.py %t %s
// RUN: %t clean | FileCheck %s --check-prefix=CLEAN
// RUN: %clangxx_memscope -O2 %s -o %t
// RUN: %python %S/../libc/Inputs/run_cases.py %t %s
// RUN: %t clean | FileCheck %s --check-prefix=CLEAN
// CLEAN: sum 136

#include <sanitizer/asan_interface.h>
#include <cstdio>
#include <cstring>

inline int Ring[16];

template <typename T> struct Pool {
  static T Slots[16];
};
template <typename T> T Pool<T>::Slots[16];

__attribute__((weak)) int Levels[16];

static volatile int Index;

__attribute__((noinline)) int ringAt(int I) {
  return Ring[I]; // INLINE_READ
}
__attribute__((noinline)) int slotAt(int I) {
  return Pool<int>::Slots[I]; // TEMPLATE_READ
}
__attribute__((noinline)) void setLevel(int I) {
  Levels[I] = 1; // WEAK_WRITE
}

int main(int argc, char **argv) {
  if (argc < 2)
    return 2;
  const char *Case = argv[1];
  for (int I = 0; I < 8; ++I)
    Ring[I] = Pool<int>::Slots[I] = I;
  // The upper halves are not in use yet.
  ASAN_POISON_MEMORY_REGION(&Ring[8], 8 * sizeof(int));
  ASAN_POISON_MEMORY_REGION(&Pool<int>::Slots[8], 8 * sizeof(int));
  ASAN_POISON_MEMORY_REGION(&Levels[8], 8 * sizeof(int));
  long Sum = 0;
  if (!strcmp(Case, "clean")) {
    for (int I = 0; I < 8; ++I) {
      Sum += ringAt(I + Index) + slotAt(I + Index) + Ring[3] + Pool<int>::Slots[7];
      setLevel(I + Index);
    }
    printf("sum %ld\n", Sum);
    return 0;
  }
  if (!strcmp(Case, "inline"))
    Sum = ringAt(Index + 8);
  else if (!strcmp(Case, "template"))
    Sum = slotAt(Index + 12);
  else if (!strcmp(Case, "weak"))
    setLevel(Index + 15);
  return Sum == 12345;
}

// CASE: inline use-after-poison INLINE_READ
// CASE: template use-after-poison TEMPLATE_READ
// CASE: weak use-after-poison WEAK_WRITE
