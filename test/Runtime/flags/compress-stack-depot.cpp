// ===- test/Runtime/flags/compress-stack-depot.cpp - a smaller depot ------===//
//
// compress_stack_depot (sanitizer_common's option): the stack depot's full
// blocks of allocation stacks are packed, at once (negative values) or in a
// background thread (positive), and the memory released is announced at
// verbosity=1. A program making many distinct deep stacks fills blocks.
//
// See also: runtime/memscope_flags.cpp, docs/Flags.md.
// ===----------------------------------------------------------------------===//

// RUN: %clangxx_memscope -O0 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=compress_stack_depot=-1:malloc_context_size=128:verbosity=1:detect_leaks=0 %t 2>&1 | FileCheck %s
// The background thread (positive values) packs what it is woken for
// when it gets to run, which a loaded machine decides: it is not tested
// here (sanitizer_common's own test runs it).
// RUN: env MEMSCOPE_OPTIONS=malloc_context_size=128:verbosity=1:detect_leaks=0 %t 2>&1 | FileCheck %s --check-prefix=OFF

#include <sanitizer/common_interface_defs.h>

#include <memory>

std::unique_ptr<int[]> Kept;

__attribute__((noinline)) void b(unsigned V);

// Each value takes its own path of a() and b() frames down to the
// allocation: a distinct stack each time.
__attribute__((noinline)) void a(unsigned V) {
  V >>= 1;
  if (!V) {
    Kept.reset(new int[100]);
    return;
  }
  if (V & 1)
    b(V);
  else
    a(V);
}

__attribute__((noinline)) void b(unsigned V) { a(V); }

int main() {
  for (unsigned I = 0; I < 100000; ++I)
    a(I + (I << 16));
  // Would stop a background thread, as before a sandbox.
  __sanitizer_sandbox_arguments Args = {0};
  __sanitizer_sandbox_on_notify(&Args);
  return 0;
}

// CHECK: StackDepot released {{[0-9]+}}
// OFF-NOT: StackDepot released
