// ===- test/Runtime/interface/asan-api.c - ASan's interface and options ----===
//
// What programs and harnesses written for ASan call and set: the report
// queries (__asan_report_present, __asan_get_report_*), the report
// callback, the allocation and free stacks of a block, the allocator
// queries, sanitizer_common's unaligned accesses and malloc/free hooks (in
// realloc too); the
// options malloc_fill_byte, max_malloc_fill_size,
// allocator_frees_and_returns_null_on_realloc_zero, print_summary, a
// negative quarantine_size_mb (the default) and an invalid color.
//
// See also: runtime/memscope_report.cpp, runtime/memscope_allocator.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=halt_on_error=0 %t 2>&1 | FileCheck %s
// RUN: env MEMSCOPE_OPTIONS=halt_on_error=0:malloc_fill_byte=0x11:print_summary=0 %t 2>&1 \
// RUN:   | FileCheck %s --check-prefix=FILL --implicit-check-not=SUMMARY
// RUN: env MEMSCOPE_OPTIONS=halt_on_error=0:max_malloc_fill_size=0:allocator_frees_and_returns_null_on_realloc_zero=0:detect_leaks=0 %t 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NOFILL
// RUN: env MEMSCOPE_OPTIONS=halt_on_error=0:quarantine_size_mb=-1:color=sometimes %t 2>&1 \
// RUN:   | FileCheck %s --check-prefix=FLAGS
// RUN: %clang_memscope -O2 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=halt_on_error=0 %t 2>&1 | FileCheck %s

#include <sanitizer/allocator_interface.h>
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void callback(const char *Report) {
  fprintf(stderr, "callback: %s\n",
          strstr(Report, "ERROR: memscope: heap-use-after-free") ? "the report"
                                                                 : "no report");
}

void __sanitizer_malloc_hook(const volatile void *P, size_t Size) {
  if (Size == 777)
    fprintf(stderr, "malloc hook: %zu\n", Size);
}
void __sanitizer_free_hook(const volatile void *P) {
  if (__sanitizer_get_allocated_size((const void *)P) == 777)
    fprintf(stderr, "free hook\n");
}

char *volatile Sink;

int main(void) {
  __asan_set_error_report_callback(callback);
  unsigned char *P = malloc(777);
  fprintf(stderr, "fill: %02x\n", P[5]);
  fprintf(stderr, "owned: %d, size %zu, heap %d\n", __sanitizer_get_ownership(P),
          __sanitizer_get_allocated_size(P), __sanitizer_get_heap_size() > 0);
  void *Trace[16];
  int Tid = -1;
  size_t Frames = __asan_get_alloc_stack(P, Trace, 16, &Tid);
  fprintf(stderr, "alloc stack: %d frame(s), thread %d\n", Frames >= 2, Tid);
  fprintf(stderr, "present: %d\n", __asan_report_present());
  free(P);
  fprintf(stderr, "free stack: %d\n", __asan_get_free_stack(P, Trace, 16, &Tid) >= 2);
  __sanitizer_unaligned_store32(P + 1, 7);
  fprintf(stderr, "present: %d, %s, %s of %zu at +%d\n", __asan_report_present(),
          __asan_get_report_description(),
          __asan_get_report_access_type() ? "write" : "read",
          __asan_get_report_access_size(),
          (int)((char *)__asan_get_report_address() - (char *)P));
  // realloc's free hook sees the old block still allocated, as free's does.
  Sink = realloc(malloc(777), 800);
  fprintf(stderr, "realloc done\n");
  free(Sink);
  Sink = realloc(malloc(8), 0);
  fprintf(stderr, "realloc(p, 0): %s\n", Sink ? "a block" : "NULL");
  return 0;
}

// CHECK: malloc hook: 777
// CHECK-NEXT: fill: be
// CHECK-NEXT: owned: 1, size 777, heap 1
// CHECK-NEXT: alloc stack: 1 frame(s), thread 0
// CHECK-NEXT: present: 0
// CHECK-NEXT: free hook
// CHECK-NEXT: free stack: 1
// CHECK: ERROR: memscope: heap-use-after-free
// CHECK: WRITE of size 4 {{.*}} (in __sanitizer_unaligned_store32)
// CHECK: SUMMARY: memscope: heap-use-after-free
// CHECK-NEXT: Shadow bytes around the buggy address:
// CHECK: =>{{.*}}[fd]
// CHECK: Shadow byte legend
// CHECK: callback: the report
// CHECK: present: 1, heap-use-after-free, write of 4 at +1
// CHECK-NEXT: malloc hook: 777
// CHECK-NEXT: free hook
// CHECK-NEXT: realloc done
// CHECK-NEXT: realloc(p, 0): NULL

// FILL: fill: 11
// NOFILL: fill: 00
// NOFILL: realloc(p, 0): a block

// FLAGS: option 'color' is 'sometimes'; it must be 'auto', 'always' or 'never'
// FLAGS: ERROR: memscope: heap-use-after-free
