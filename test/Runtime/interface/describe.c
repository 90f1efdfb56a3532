// ===- test/Runtime/interface/describe.c - addresses and heap statistics ---===
//
// __asan_describe_address says what a report would say of a heap block, a
// local variable (its frame, on the fake stack or not) and a global;
// __sanitizer_get_current_allocated_bytes and __sanitizer_get_free_bytes
// follow malloc and free; the fake-stack queries find a local's frame.
//
// See also: runtime/memscope_report.cpp, runtime/memscope_stack_frames.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: %t 2>&1 | FileCheck %s --check-prefixes=CHECK,FAKE
// RUN: env MEMSCOPE_OPTIONS=detect_stack_use_after_return=0 %t 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,REAL
// RUN: %clang_memscope -O2 %s -o %t
// RUN: %t 2>&1 | FileCheck %s --check-prefixes=CHECK,FAKE

#include <sanitizer/allocator_interface.h>
#include <sanitizer/asan_interface.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char Table[24];

__attribute__((noinline)) void describe_local(void) {
  char Name[20];
  memset(Name, 0, sizeof Name);
  __asan_describe_address(Name + 3);
  void *Beg = 0, *End = 0;
  void *Frame = __asan_addr_is_in_fake_stack(__asan_get_current_fake_stack(),
                                             Name, &Beg, &End);
  fprintf(stderr, "fake frame: %s\n",
          Frame && Beg == Frame && (char *)End > Name ? "yes" : "no");
}

int main(void) {
  size_t Before = __sanitizer_get_current_allocated_bytes();
  char *Block = malloc(1000);
  size_t During = __sanitizer_get_current_allocated_bytes();
  fprintf(stderr, "allocated: +%zu, free bytes %s\n", During - Before,
          __sanitizer_get_free_bytes() > 0 ? "known" : "none");
  __asan_describe_address(Block + 10);
  free(Block);
  fprintf(stderr, "after free: +%zu\n",
          __sanitizer_get_current_allocated_bytes() - Before);
  describe_local();
  __asan_describe_address(Table + 24);
  return 0;
}

// CHECK: allocated: +1000, free bytes known
// CHECK-NEXT: is located 10 bytes inside of 1000-byte region
// CHECK-NEXT: allocated by thread T0 here:
// CHECK: #{{[0-9]+}} {{.*}} in main {{.*}}describe.c:[[#@LINE-16]]
// CHECK: after free: +0
// CHECK: is located in stack of thread T0 at offset 35 in frame
// CHECK-NEXT: #0 {{.*}} in describe_local {{.*}}describe.c
// CHECK: This frame has 3 object(s):
// CHECK-NEXT: [32, 52) 'Name' (line [[#@LINE-33]]) <== Memory access at offset 35 is inside this variable
// FAKE: fake frame: yes
// REAL: fake frame: no
// CHECK: is located 0 bytes after global variable 'Table' defined in '{{.*}}describe.c:[[#@LINE-39]]' ({{0x[0-9a-f]+}}) of size 24
