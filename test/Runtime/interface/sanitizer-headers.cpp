// ===- test/Runtime/interface/sanitizer-headers.cpp - ASan's whole API ----===//
//
// Under the drivers `__has_feature(address_sanitizer)` holds, so code
// written for ASan now compiles its ASan-only paths: every function that
// <sanitizer/asan_interface.h>, <sanitizer/common_interface_defs.h>,
// <sanitizer/allocator_interface.h> and <sanitizer/lsan_interface.h>
// declare for programs to call must link (the hooks a program defines
// itself are left out). A few are exercised: the caller's stack printed at
// its line, a block's start from an interior pointer, annotations copied
// to a relocated buffer (a read of its spare capacity is a
// container-overflow), locals on the real stack while the fake stack is
// suppressed, and the death callback run before the process dies.
//
// See also: include/memscope/interface.inc, runtime/memscope_debugging.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clangxx_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s

#include <cstdio>
#include <cstdlib>
#include <cstring>

#if !__has_feature(address_sanitizer)
#error "the drivers compile with clang's ASan front end"
#endif
#include <sanitizer/allocator_interface.h>
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#include <sanitizer/lsan_interface.h>

// Every callable function, by address: a missing one fails the link.
static void *const Everything[] = {
    (void *)&__asan_poison_memory_region, (void *)&__asan_unpoison_memory_region,
    (void *)&__asan_address_is_poisoned, (void *)&__asan_region_is_poisoned,
    (void *)&__asan_describe_address, (void *)&__asan_report_present,
    (void *)&__asan_get_report_pc, (void *)&__asan_get_report_bp,
    (void *)&__asan_get_report_sp, (void *)&__asan_get_report_address,
    (void *)&__asan_get_report_access_type, (void *)&__asan_get_report_access_size,
    (void *)&__asan_get_report_description, (void *)&__asan_locate_address,
    (void *)&__asan_get_alloc_stack, (void *)&__asan_get_free_stack,
    (void *)&__asan_get_shadow_mapping, (void *)&__asan_report_error,
    (void *)&__asan_set_death_callback, (void *)&__asan_set_error_report_callback,
    (void *)&__asan_print_accumulated_stats, (void *)&__asan_get_current_fake_stack,
    (void *)&__asan_addr_is_in_fake_stack, (void *)&__asan_handle_no_return,
    (void *)&__asan_update_allocation_context, (void *)&__asan_suppress_fake_stack,
    (void *)&__asan_unsuppress_fake_stack,
    (void *)&__sanitizer_set_report_path, (void *)&__sanitizer_set_report_fd,
    (void *)&__sanitizer_get_report_path, (void *)&__sanitizer_sandbox_on_notify,
    (void *)&__sanitizer_report_error_summary, (void *)&__sanitizer_unaligned_load16,
    (void *)&__sanitizer_unaligned_load32, (void *)&__sanitizer_unaligned_load64,
    (void *)&__sanitizer_unaligned_store16, (void *)&__sanitizer_unaligned_store32,
    (void *)&__sanitizer_unaligned_store64,
    (void *)&__sanitizer_annotate_contiguous_container,
    (void *)&__sanitizer_annotate_double_ended_contiguous_container,
    (void *)&__sanitizer_copy_contiguous_container_annotations,
    (void *)&__sanitizer_verify_contiguous_container,
    (void *)&__sanitizer_verify_double_ended_contiguous_container,
    (void *)&__sanitizer_contiguous_container_find_bad_address,
    (void *)&__sanitizer_double_ended_contiguous_container_find_bad_address,
    (void *)&__sanitizer_print_stack_trace, (void *)&__sanitizer_symbolize_pc,
    (void *)&__sanitizer_symbolize_global, (void *)&__sanitizer_set_death_callback,
    (void *)&__sanitizer_print_memory_profile, (void *)&__sanitizer_start_switch_fiber,
    (void *)&__sanitizer_finish_switch_fiber, (void *)&__sanitizer_get_module_and_offset_for_pc,
    (void *)&__sanitizer_acquire_crash_state,
    (void *)&__sanitizer_get_estimated_allocated_size, (void *)&__sanitizer_get_ownership,
    (void *)&__sanitizer_get_allocated_begin, (void *)&__sanitizer_get_allocated_size,
    (void *)&__sanitizer_get_allocated_size_fast, (void *)&__sanitizer_get_current_allocated_bytes,
    (void *)&__sanitizer_get_heap_size, (void *)&__sanitizer_get_free_bytes,
    (void *)&__sanitizer_get_unmapped_bytes, (void *)&__sanitizer_install_malloc_and_free_hooks,
    (void *)&__sanitizer_purge_allocator,
    (void *)&__lsan_disable, (void *)&__lsan_enable, (void *)&__lsan_ignore_object,
    (void *)&__lsan_register_root_region, (void *)&__lsan_unregister_root_region,
    (void *)&__lsan_do_leak_check, (void *)&__lsan_do_recoverable_leak_check,
};

static void Dying() { fprintf(stderr, "death callback\n"); }

__attribute__((noinline)) static void *Local() {
  char Buffer[16];
  return __asan_addr_is_in_fake_stack(__asan_get_current_fake_stack(), Buffer,
                                      nullptr, nullptr);
}

int main(int argc, char **) {
  fprintf(stderr, "%zu functions\n", sizeof Everything / sizeof *Everything);
  // CHECK: {{[0-9]+}} functions
  __sanitizer_print_stack_trace();
  // CHECK: #0 {{.*}} in __sanitizer_print_stack_trace
  // CHECK-NEXT: #1 {{.*}} in main {{.*}}sanitizer-headers.cpp:[[@LINE-2]]

  char *Block = static_cast<char *>(malloc(100));
  fprintf(stderr, "begin %d\n", __sanitizer_get_allocated_begin(Block + 60) == Block);
  // CHECK: begin 1

  __asan_suppress_fake_stack();
  void *OnFake = Local();
  __asan_unsuppress_fake_stack();
  fprintf(stderr, "fake while suppressed: %d\n", OnFake != nullptr);
  // CHECK: fake while suppressed: 0

  // A 64-byte buffer holding 16 bytes, annotated, relocated to another.
  char *Old = static_cast<char *>(malloc(64)), *New = static_cast<char *>(malloc(64));
  __sanitizer_annotate_contiguous_container(Old, Old + 64, Old + 64, Old + 16);
  memcpy(New, Old, 16);
  __sanitizer_annotate_contiguous_container(New, New + 64, New + 64, New);
  __sanitizer_copy_contiguous_container_annotations(Old, Old + 64, New, New + 64);
  fprintf(stderr, "copied %d %d\n", __asan_address_is_poisoned(New + 15),
          __asan_address_is_poisoned(New + 16));
  // CHECK: copied 0 1

  __asan_set_death_callback(Dying);
  return New[16 + argc - 1];
  // CHECK: ERROR: memscope: container-overflow
  // CHECK: death callback
}
