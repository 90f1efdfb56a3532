// ===- test/Runtime/flags/debugging-flags.c - ASan's diagnostic options ---===
//
// The options ASan users reach for when the tool itself is in question:
//   verbosity=1           the memory layout and shadow parameters at start,
//                         then "memscope Init done";
//   sleep_before_init, sleep_after_init, sleep_before_dying
//                         time to attach a debugger, each announced;
//   atexit=1              the heap's statistics at exit;
//   print_stats=1         the same after each report;
//   log_path + log_exe_name  the report in <log_path>.<program>.<pid>;
//   quarantine_size       ASan's deprecated byte count, refused together
//                         with quarantine_size_mb, as is a per-thread
//                         quarantine of 0 with a quarantine;
//   hard_rss_limit_mb     a background thread stops a program that grows
//                         past it;
//   soft_rss_limit_mb     past it allocations fail: null with
//                         allocator_may_return_null=1, else a report;
//   log_suffix            appended to the log file's name;
//   dedup_token_length    a DEDUP_TOKEN line after the report's stack;
//   enable_symbolizer_markup  the stack as markup, for offline symbolising;
//   dump_registers, dump_instruction_bytes  what a SEGV's report adds;
//   decorate_proc_maps    the shadow's mappings named in /proc/self/maps.
//
// See also: runtime/memscope_flags.inc, runtime/memscope_rtl.cpp,
// docs/Flags.md.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=verbosity=1 %t 2>&1 | FileCheck %s --check-prefix=LAYOUT
// LAYOUT: || `[0x{{[0-9a-f]+}}, 0x{{[0-9a-f]+}}]` || HighMem ||
// LAYOUT: SHADOW_SCALE: 3
// LAYOUT: SHADOW_GRANULARITY: 8
// LAYOUT: SHADOW_OFFSET: 0x7fff8000
// LAYOUT: quarantine_size_mb=256M thread_local_quarantine_size_kb=1024K
// LAYOUT: memscope Init done
// LAYOUT: fine

// RUN: env MEMSCOPE_OPTIONS=sleep_before_init=1:sleep_after_init=1:sleep_before_dying=1 not %t bug 2>&1 | FileCheck %s --check-prefix=SLEEP
// SLEEP: Sleeping for 1 second(s) before init
// SLEEP: Sleeping for 1 second(s) after init
// SLEEP: ERROR: memscope: heap-buffer-overflow
// SLEEP: Sleeping for 1 second(s) before dying

// RUN: env MEMSCOPE_OPTIONS=atexit=1 %t 2>&1 | FileCheck %s --check-prefix=ATEXIT
// ATEXIT: fine
// ATEXIT: memscope exit stats:
// ATEXIT: Live heap: {{[0-9]+}} byte(s) in {{[0-9]+}} block(s)
// ATEXIT: Stack depot: {{[0-9]+}} stack(s)

// RUN: env MEMSCOPE_OPTIONS=print_stats=1 not %t bug 2>&1 | FileCheck %s --check-prefix=STATS
// STATS: SUMMARY: memscope: heap-buffer-overflow
// STATS: Live heap:

// RUN: rm -rf %t.dir && mkdir %t.dir && cp %t %t.dir/named-binary
// RUN: env MEMSCOPE_OPTIONS=log_path=%t.dir/log:log_exe_name=1 not %t.dir/named-binary bug 2>/dev/null
// RUN: cat %t.dir/log.named-binary.* | FileCheck %s --check-prefix=LOG
// LOG: ERROR: memscope: heap-buffer-overflow

// RUN: env ASAN_OPTIONS=quarantine_size=1048576:quarantine_size_mb=1 not %t 2>&1 | FileCheck %s --check-prefix=BOTH
// BOTH: please use either 'quarantine_size' (deprecated) or quarantine_size_mb, but not both
// RUN: env MEMSCOPE_OPTIONS=quarantine_size=1048576:verbosity=1 %t 2>&1 | FileCheck %s --check-prefix=BYTES
// BYTES: quarantine_size_mb=1M
// RUN: env MEMSCOPE_OPTIONS=thread_local_quarantine_size_kb=0 not %t 2>&1 | FileCheck %s --check-prefix=LOCAL
// LOCAL: thread_local_quarantine_size_kb can be set to 0 only when quarantine_size_mb is set to 0
// RUN: env MEMSCOPE_OPTIONS=thread_local_quarantine_size_kb=0:quarantine_size_mb=0 %t 2>&1 | FileCheck %s --check-prefix=FINE
// FINE-NOT: ERROR
// FINE: fine

// RUN: env MEMSCOPE_OPTIONS=hard_rss_limit_mb=30 not %t grow 2>&1 | FileCheck %s --check-prefix=RSS
// RSS: memscope: hard rss limit exhausted ({{[0-9]+}}Mb vs {{[0-9]+}}Mb)

// RUN: env MEMSCOPE_OPTIONS=soft_rss_limit_mb=30:allocator_may_return_null=1:detect_leaks=0 %t soft 2>&1 | FileCheck %s --check-prefix=SOFT
// SOFT: memscope: soft rss limit exhausted (30Mb vs {{[0-9]+}}Mb)
// SOFT: malloc returned null
// RUN: env MEMSCOPE_OPTIONS=soft_rss_limit_mb=30 not %t soft 2>&1 | FileCheck %s --check-prefix=SOFT-REPORT
// SOFT-REPORT: ERROR: memscope: allocator exceeded the RSS limit
// SOFT-REPORT: SUMMARY: memscope: rss-limit-exceeded

// RUN: env MEMSCOPE_OPTIONS=log_path=%t.dir/suffixed:log_suffix=.txt not %t bug 2>/dev/null
// RUN: cat %t.dir/suffixed.*.txt | FileCheck %s --check-prefix=LOG
// RUN: env MEMSCOPE_OPTIONS=dedup_token_length=1 not %t bug 2>&1 | FileCheck %s --check-prefix=DEDUP
// DEDUP: #0 {{.*}} in main
// DEDUP: DEDUP_TOKEN: main
// RUN: env MEMSCOPE_OPTIONS=enable_symbolizer_markup=1 not %t bug 2>&1 | FileCheck %s --check-prefix=MARKUP
// MARKUP: {{[{][{][{]}}bt:0:0x{{[0-9a-f]+}}{{[}][}][}]}}
// RUN: not %t segv 2>&1 | FileCheck %s --check-prefix=REGS
// REGS: ERROR: memscope: SEGV
// REGS: Register values:
// RUN: env MEMSCOPE_OPTIONS=dump_registers=0:dump_instruction_bytes=1 not %t segv 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BYTES16 --implicit-check-not='Register values'
// BYTES16: First 16 instruction bytes at pc:
// RUN: env MEMSCOPE_OPTIONS=decorate_proc_maps=1 %t maps 2>&1 | FileCheck %s --check-prefix=MAPS
// MAPS: [low shadow]
// MAPS: [high shadow]

#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
  char *Buffer = malloc(8);
  memset(Buffer, 1, 8);
  if (argc > 1 && !strcmp(argv[1], "bug"))
    return Buffer[8 + argc - 2];
  if (argc > 1 && !strcmp(argv[1], "grow")) {
    // 10 MiB each 20 ms, touched: past 30 MiB the program is stopped.
    for (int I = 0; I < 100; ++I) {
      char *Block = malloc(10 << 20);
      memset(Block, 2, 10 << 20);
      usleep(20000);
    }
    return 0;
  }
  if (argc > 1 && !strcmp(argv[1], "soft")) {
    // As "grow", until an allocation fails.
    for (int I = 0; I < 100; ++I) {
      char *Block = malloc(10 << 20);
      if (!Block) {
        fprintf(stderr, "malloc returned null\n");
        return 0;
      }
      memset(Block, 2, 10 << 20);
      usleep(20000);
    }
    return 0;
  }
  if (argc > 1 && !strcmp(argv[1], "segv"))
    return *(volatile int *)(argc - 2);
  if (argc > 1 && !strcmp(argv[1], "maps")) {
    char Line[512];
    FILE *Maps = fopen("/proc/self/maps", "r");
    while (fgets(Line, sizeof(Line), Maps))
      if (strstr(Line, "shadow"))
        fputs(Line, stderr);
    fclose(Maps);
  }
  free(Buffer);
  fprintf(stderr, "fine\n");
  return 0;
}
