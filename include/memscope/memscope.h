/*===- include/memscope/memscope.h - memscope's C API for programs --------===*
 *
 * What a program compiled with -fsanitize=memscope may call. Compile with
 * -I<memscope prefix>/include. Programs annotated for LeakSanitizer keep
 * working: the __lsan_* functions below mean what they mean there.
 *
 * See also: runtime/memscope_lsan.cpp, docs/Leaks.md.
 *===----------------------------------------------------------------------===*/
#ifndef MEMSCOPE_MEMSCOPE_H
#define MEMSCOPE_MEMSCOPE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Checks for leaks now (LSan's reachability semantics), reports what it
 * finds and lets the program continue. Returns 1 if there are leaks. */
int __memscope_leak_check(void);

/* While recording (memscope record, trace=1): writes a heap snapshot now,
 * the heap `memscope graph --infer` and `--top-retainers` analyse (they
 * take the largest snapshot unless told --snapshot N). Does nothing
 * otherwise. */
void __memscope_heap_snapshot(void);

/* With leak_monitor=1 and leak_monitor_interval_ms=0, the leak monitor has
 * no clock of its own: each call is one tick (every site sampled, those due
 * tested, alerts printed). Does nothing otherwise. For tests and programs
 * that simulate time. */
void __memscope_leak_monitor_tick(void);

/* LeakSanitizer's API. */
void __lsan_ignore_object(const void *p); /* p's block is never a leak */
void __lsan_disable(void); /* blocks allocated until __lsan_enable() ... */
void __lsan_enable(void);  /* ... in this thread are never leaks */
void __lsan_register_root_region(const void *p, size_t size);
void __lsan_unregister_root_region(const void *p, size_t size);
void __lsan_do_leak_check(void); /* check now; exit with `exitcode` on leaks */
int __lsan_do_recoverable_leak_check(void); /* check now; 1 if leaks */

#ifdef __cplusplus
}
#endif

#endif /* MEMSCOPE_MEMSCOPE_H */
