// ===- test/Runtime/allocator/release-to-os.c - freed pages back to the OS -===
//
// As ASan's allocator: the pages of freed memory go back to the system at
// most every allocator_release_to_os_interval_ms (0: at every chance, -1:
// never), and __sanitizer_purge_allocator() gives them back at once.
// __asan_print_accumulated_stats() shows the allocator's counters,
// releases among them.
//
// See also: runtime/memscope_allocator.cpp (PrintAllocatorStats).
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=allocator_release_to_os_interval_ms=0 %t 2>&1 | FileCheck %s --check-prefix=RELEASE
// RUN: env MEMSCOPE_OPTIONS=allocator_release_to_os_interval_ms=-1 %t 2>&1 | FileCheck %s --check-prefix=KEEP
// RUN: env MEMSCOPE_OPTIONS=allocator_release_to_os_interval_ms=-1 %t purge 2>&1 | FileCheck %s --check-prefix=RELEASE
// RELEASE: Live heap:
// RELEASE: mapped:{{.*}}releases: {{[1-9]}}
// KEEP: Live heap:
// KEEP-NOT: releases: {{[1-9]}}
// KEEP: mapped:{{.*}}releases: 0

#include <sanitizer/allocator_interface.h>
#include <sanitizer/asan_interface.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  // Blocks of one size class, freed after the quarantine (256 MiB) is
  // full several times over.
  enum { Count = 20000 };
  static void *Blocks[Count];
  for (int Round = 0; Round < 40; ++Round) {
    for (int I = 0; I < Count; ++I)
      Blocks[I] = malloc(800);
    for (int I = 0; I < Count; ++I)
      free(Blocks[I]);
  }
  if (argc > 1)
    __sanitizer_purge_allocator();
  __asan_print_accumulated_stats();
  return 0;
}
