// ===- test/Runtime/interface/locate.c - what an address is, the live heap ===
//
// ASan's debugging interface: __asan_locate_address names a heap block, a
// local variable, a global and the shadow regions with their extents (an
// address in a global's or a local's redzone names it too, as in ASan);
// __sanitizer_get_allocated_begin answers for its block's slack and
// redzone (one past the end) as ASan does;
// __asan_update_allocation_context re-dates a block (its report names the
// new allocation stack); __sanitizer_print_memory_profile lists the live
// heap by allocation stack, largest first, within its limits.
//
// See also: runtime/memscope_debugging.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: %t locate 2>&1 | FileCheck %s --check-prefix=LOCATE
// RUN: %t profile 2>&1 | FileCheck %s --check-prefix=PROFILE
// RUN: not %t update 2>&1 | FileCheck %s --check-prefix=UPDATE
// RUN: %clang_memscope -O2 %s -o %t
// RUN: %t locate 2>&1 | FileCheck %s --check-prefix=LOCATE
// RUN: %t profile 2>&1 | FileCheck %s --check-prefix=PROFILE
// RUN: not %t update 2>&1 | FileCheck %s --check-prefix=UPDATE

#include <sanitizer/allocator_interface.h>
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int Counter[5];
char *Sink[64];

static void show(void *Addr) {
  char Name[64];
  void *Region = 0;
  size_t Size = 0;
  const char *Kind = __asan_locate_address(Addr, Name, sizeof Name, &Region, &Size);
  printf("%s '%s' +%ld size %zu\n", Kind, Name,
         (long)((char *)Addr - (char *)Region), Size);
}

__attribute__((noinline)) void locate_local(void) {
  char Buffer[40];
  memset(Buffer, 1, sizeof Buffer);
  show(Buffer + 7);
  show(Buffer + 40);
  show(Buffer - 4);
}

__attribute__((noinline)) char *refresh(char *P) {
  __asan_update_allocation_context(P); // REFRESHED
  return P;
}

int main(int argc, char **argv) {
  if (!strcmp(argv[1], "locate")) {
    char *Heap = malloc(10);
    show(Heap + 3);
    show(&Counter[2]);
    show(&Counter[6]);
    printf("begin: %d %d\n", __sanitizer_get_allocated_begin(Heap + 10) == Heap,
           __sanitizer_get_allocated_begin(Heap + 100) == Heap);
    locate_local();
    size_t Scale, Offset;
    __asan_get_shadow_mapping(&Scale, &Offset);
    printf("scale %zu\n", Scale);
    printf("%s\n", __asan_locate_address(
                       (void *)(((size_t)Heap >> Scale) + Offset), 0, 0, 0, 0));
    free(Heap);
    return 0;
  }
  if (!strcmp(argv[1], "profile")) {
    int N = 0;
#pragma clang loop unroll(disable)
    for (int I = 0; I < 3; ++I)
      Sink[N++] = malloc(100000); // BIG
#pragma clang loop unroll(disable)
    for (int I = 0; I < 5; ++I)
      Sink[N++] = malloc(1000);
    __sanitizer_print_memory_profile(100, 10);
    __sanitizer_print_memory_profile(50, 10);
    return 0;
  }
  char *P = malloc(16); // ORIGINAL
  refresh(P);
  free(P);
  return P[3];
}

// LOCATE: heap '' +3 size 10
// LOCATE-NEXT: global 'Counter' +8 size 20
// LOCATE-NEXT: global 'Counter' +24 size 20
// LOCATE-NEXT: begin: 1 0
// LOCATE-NEXT: stack 'Buffer' +7 size 40
// LOCATE-NEXT: stack 'Buffer' +40 size 40
// LOCATE-NEXT: stack 'Buffer' +-4 size 40
// LOCATE-NEXT: scale 3
// LOCATE-NEXT: high shadow

// PROFILE: Live Heap Allocations: {{[0-9]+}} bytes in {{[0-9]+}} chunks; showing top 100% (at most 10 unique contexts)
// PROFILE-NEXT: 300000 byte(s) ({{9[0-9]}}%) in 3 allocation(s)
// PROFILE-NEXT: #0 {{.*}} in malloc
// PROFILE-NEXT: #1 {{.*}} in main {{.*}}locate.c:[[#@LINE-27]]
// PROFILE: 5000 byte(s) ({{[0-9]}}%) in 5 allocation(s)
// PROFILE: Live Heap Allocations: {{.*}}; showing top 50% (at most 10 unique contexts)
// PROFILE-NEXT: 300000 byte(s)
// PROFILE-NOT: 5000 byte(s)

// UPDATE: ERROR: memscope: heap-use-after-free
// UPDATE: previously allocated by thread T0 here:
// UPDATE-NEXT: #0 {{.*}} in __asan_update_allocation_context
// UPDATE-NEXT: #1 {{.*}} in refresh {{.*}}locate.c:[[#@LINE-61]]

