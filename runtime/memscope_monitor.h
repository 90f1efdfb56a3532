//===- memscope_monitor.h - the statistical leak monitor --------*- C++ -*-===//
//
// With leak_monitor=1, every allocation site (its allocation stack in the
// depot) counts its live bytes and objects; a monitor samples them on a
// fixed clock and tests each site for sustained growth, with a family-wise
// false-alarm rate of leak_monitor_alpha over all sites and all looks.
// An alert is one line on the report stream (`leak alert`), and a LeakAlert
// record in the trace. docs/Leaks.md states the test and its mathematics.
//
// The allocation path only adds to the site's counters; everything else
// runs on the monitor's clock.
//
// See also: memscope_monitor.cpp, memscope_lsan.cpp (the monitor thread and
// the reachability check an alert runs), docs/Leaks.md.
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_MONITOR_H
#define MEMSCOPE_MONITOR_H

#include "memscope_internal.h"

namespace memscope {

// flags()->leak_monitor, read on the allocation path.
extern bool LeakMonitorOn;

// Counts an allocation or a free of Size bytes at the site whose depot
// stack is Stack (0: no stack).
void MonitorAllocated(u32 Stack, uptr Size);
void MonitorFreed(u32 Stack, uptr Size);

// Sets the counters up; with a leak_monitor_interval_ms > 0 the monitor
// thread (memscope_lsan.cpp) calls MonitorTick on that clock.
void InitializeLeakMonitor();
// One tick of the monitor's clock: samples every site, tests those due,
// alerts. Not reentrant: the monitor thread, or the program through
// __memscope_leak_monitor_tick() when leak_monitor_interval_ms=0.
void MonitorTick();

// memscope_lsan.cpp: runs LSan's analysis silently and counts, for each of
// Sites[0..Count), its chunks found unreachable. False when no check can
// run (detect_leaks=0, or the process is exiting).
bool CountUnreachableBySite(const u32 *Sites, uptr Count, u64 *Objects,
                            u64 *Bytes);

} // namespace memscope

#endif // MEMSCOPE_MONITOR_H
