// ===- test/Runtime/poison/use-after-poison.c - user-poisoned heap --------===
//
// A custom allocator carves objects out of one malloc'ed arena and poisons
// what it has not handed out with ASan's __asan_poison_memory_region: a read
// of poisoned bytes is use-after-poison. Unpoisoning makes them usable again;
// allow_user_poisoning=0 ignores the calls.
//
// See also: runtime/memscope_rtl.cpp (__asan_poison_memory_region),
// include/memscope/interface.inc.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: env MEMSCOPE_OPTIONS=allow_user_poisoning=0 %t 2>&1 | FileCheck %s --check-prefix=OFF --implicit-check-not=memscope
// RUN: %clang_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void __asan_poison_memory_region(void const volatile *Addr, size_t Size);
void __asan_unpoison_memory_region(void const volatile *Addr, size_t Size);
int __asan_address_is_poisoned(void const volatile *Addr);

int main(int argc, char **argv) {
  char *Arena = malloc(256);
  memset(Arena, 'a', 256);
  __asan_poison_memory_region(Arena + 64, 192);
  __asan_unpoison_memory_region(Arena + 64, 32); // A new 32-byte object.
  fprintf(stderr, "poisoned: %d %d %d\n", __asan_address_is_poisoned(Arena + 63),
          __asan_address_is_poisoned(Arena + 95), __asan_address_is_poisoned(Arena + 96));
  fprintf(stderr, "inside: %c\n", Arena[64 + 31]);
  fprintf(stderr, "past: %c\n", Arena[96 + argc]); // BOOM
  free(Arena);
  return 0;
}

// CHECK:      poisoned: 0 0 1
// CHECK:      inside: a
// CHECK:      ERROR: memscope: use-after-poison on address [[ADDR:0x[0-9a-f]+]]
// CHECK-NEXT: READ of size 1 at [[ADDR]] thread T0
// CHECK-NEXT:   #0 {{.*}} in main {{.*}}use-after-poison.c:[[@LINE-9]]:
// CHECK:      SUMMARY: memscope: use-after-poison {{.*}}use-after-poison.c:[[@LINE-10]]:{{[0-9]+}} in main
// CHECK-NOT:  past:

// OFF: poisoned: 0 0 0
// OFF: inside: a
// OFF: past: a
