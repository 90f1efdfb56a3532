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

/* Memory crossing into code built without memscope (a library with no
 * memscope constructor). Calls of such a library's functions are seen by
 * the compiler: a heap block passed to one, returned by one or freed by
 * one says so in its passport and in reports. These say it where the
 * compiler cannot see the crossing: a call through a function pointer or a
 * callback, a pointer stored in a structure the library reads later, a
 * block given up by other means. `name` names the foreign side in reports
 * ("sqlite3_bind_blob", "the decoder's queue"); p may point anywhere
 * inside a heap block, and anything else is ignored. */
void __memscope_handed_to(const void *p, const char *name);
void __memscope_received_from(const void *p, const char *name);

/* Opaque handles: a value a library gives out and takes back that is not
 * a heap block memscope sees (an index, a pointer into the library's own
 * pool or mapping). A handle opened and never closed is reported at exit
 * as a leak of `kind`, with the stack that opened it, as a leaked block
 * would be (the handle stands for a one-byte block of type `kind`). A
 * handle closed that is not open is ignored. */
void __memscope_handle_opened(const void *handle, const char *kind);
void __memscope_handle_closed(const void *handle);

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
