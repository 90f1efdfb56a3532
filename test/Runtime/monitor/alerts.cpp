// ===- test/Runtime/monitor/alerts.cpp - leak alerts while the program runs
//
// The leak monitor on a request loop whose sites are plain from the source,
// with the program driving the monitor's clock (leak_monitor_interval_ms=0:
// one __memscope_leak_monitor_tick() per 100 requests, taken as 100 ms):
// a forgotten free on an error path (1 request in 4: unreachable, a true
// leak), an unbounded log (a global list: reachable, a logical leak),
// per-request scratch buffers, a bounded cache, and a table that ramps up
// for 15 ticks and drains for 10. Exactly the first two alert, with their
// line, while the program runs (before "done"); each again once its live
// bytes doubled.
//
// See also: runtime/memscope_monitor.cpp, docs/Leaks.md.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -I%memscope_src/include -O0 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=leak_monitor=1:leak_monitor_interval_ms=0:detect_leaks=1 not %t 2>&1 | FileCheck %s
// RUN: %clangxx_memscope -I%memscope_src/include -O2 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=leak_monitor=1:leak_monitor_interval_ms=0:detect_leaks=1 not %t 2>&1 | FileCheck %s
// The leak-only build: the same alerts (the monitor is on by default there).
// RUN: %clangxx_memscope_leak -I%memscope_src/include -O0 %s -o %t-leak
// RUN: env MEMSCOPE_OPTIONS=leak_monitor_interval_ms=0 not %t-leak 2>&1 | FileCheck %s
// RUN: %clangxx_memscope_leak -I%memscope_src/include -O2 %s -o %t-leak
// RUN: env MEMSCOPE_OPTIONS=leak_monitor_interval_ms=0 not %t-leak 2>&1 | FileCheck %s
// Without leak checks, the alerts say reachability is unknown.
// RUN: env MEMSCOPE_OPTIONS=leak_monitor=1:leak_monitor_interval_ms=0:detect_leaks=0 %t 2>&1 | FileCheck %s --check-prefix=UNCHECKED
// The trace has the alerts: `memscope report`, text and JSON.
// RUN: rm -rf %t.dir && env MEMSCOPE_OPTIONS=leak_monitor=1:leak_monitor_interval_ms=0:trace_dir=%t.dir not %t >/dev/null 2>&1
// RUN: memscope report %t.dir/*.trace | FileCheck %s --check-prefix=TRACE
// RUN: memscope report --json %t.dir/*.trace | %python -c "import json,sys; [print('alert', a['id'], a['verdict'], a['stack'][1]['line'], a['freed'] > 0) for a in json.load(sys.stdin)['leak_alerts']]" | FileCheck %s --check-prefix=JSON
// Off by default: no alert, no tick.
// RUN: env MEMSCOPE_OPTIONS=leak_monitor_interval_ms=0:detect_leaks=0 %t 2>&1 | FileCheck %s --check-prefix=OFF

#include <memscope/memscope.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct LogEntry {
  LogEntry *Next;
  char Text[56];
};
LogEntry *Log;

struct CacheEntry {
  int Key;
  char Value[100];
};
CacheEntry *Cache[64];

CacheEntry *Table[4096];
int TableSize;

unsigned Seed = 1;
unsigned Random() { return Seed = Seed * 1103515245 + 12345, Seed >> 16; }

void request(int I) {
  char *Scratch = static_cast<char *>(malloc(200 + Random() % 800));
  memset(Scratch, 0, 200);
  char *Message = static_cast<char *>(malloc(64)); // the leak
  snprintf(Message, 64, "request %d", I);
  if (Random() % 4) // the error path forgets this
    free(Message);
  LogEntry *E = new LogEntry; // the log
  snprintf(E->Text, sizeof(E->Text), "request %d", I);
  E->Next = Log;
  Log = E;
  CacheEntry *&Slot = Cache[Random() % 64];
  delete Slot;
  Slot = new CacheEntry{I, {}};
  free(Scratch);
}

int main() {
  for (int Tick = 0; Tick < 130; ++Tick) {
    for (int I = 0; I < 100; ++I)
      request(Tick * 100 + I);
    if (Tick % 25 < 15) {
      for (int I = 0; I < 100; ++I)
        Table[TableSize++] = new CacheEntry{I, {}};
    } else {
      for (int I = 0; I < 150 && TableSize; ++I)
        delete Table[--TableSize];
    }
    __memscope_leak_monitor_tick();
  }
  fprintf(stderr, "done\n");
  return 0;
}

// CHECK-NOT: leak alert
// CHECK: memscope: leak alert #1: {{.*}}alerts.cpp:[[#@LINE-32]]:{{[0-9]+}} in request(int) grows {{[0-9.]+}} KiB/s, live {{[0-9.]+}} KiB in {{[0-9]+}} object(s), {{[0-9]+}} of {{[0-9]+}} freed, the oldest {{[0-9]+\.[0-9]}} s old; Mann-Kendall z={{[0-9.]+}}, p={{.*}} (threshold {{.*}}; 99.00% family-wise confidence); {{[0-9]+}} object(s) unreachable: a true leak
// CHECK-NEXT: memscope: leak alert #2: {{.*}}alerts.cpp:[[#@LINE-29]]:{{[0-9]+}} in request(int) grows {{[0-9.]+}} KiB/s, live {{[0-9.]+}} KiB in {{[0-9]+}} object(s), 0 of {{[0-9]+}} freed, the oldest {{[0-9.]+}} s old; {{.*}}; all still reachable: a logical leak
// CHECK-NEXT: memscope: leak alert #3: {{.*}}alerts.cpp:[[#@LINE-30]]:{{.*}} a logical leak
// CHECK-NEXT: memscope: leak alert #4: {{.*}}alerts.cpp:[[#@LINE-35]]:{{.*}} a true leak
// CHECK-NEXT: done
// CHECK: ERROR: LeakSanitizer: detected memory leaks

// UNCHECKED: leak alert #1: {{.*}}alerts.cpp:[[#@LINE-39]]:{{.*}}; reachability not checked
// UNCHECKED: leak alert #2: {{.*}}alerts.cpp:[[#@LINE-36]]:{{.*}}; reachability not checked

// TRACE: == Leak alerts (4) ==
// TRACE: Leak alert #1, {{[0-9]+}} ns after start: grows {{.*}} a true leak
// TRACE-NEXT: allocated from:
// TRACE-NEXT: #0 {{.*}} in malloc
// TRACE-NEXT: #1 {{.*}} in request(int) {{.*}}alerts.cpp:[[#@LINE-46]]
// TRACE: Leak alert #2, {{.*}} a logical leak

// JSON: alert 1 true leak [[#@LINE-49]] True
// JSON-NEXT: alert 2 logical leak [[#@LINE-46]] False
// JSON-NEXT: alert 3 logical leak [[#@LINE-47]] False
// JSON-NEXT: alert 4 true leak [[#@LINE-52]] True

// OFF-NOT: leak alert
// OFF: done
