// ===- test/Runtime/monitor/quiet.cpp - no alert without a leak ------------===
//
// Sites that grow for a while but do not leak, on the program's clock (one
// tick per loop): a bounded cache filling up then evicting, a warm-up over
// a bounded key space (growth that slows down), a table that ramps up for
// 20 ticks and drains for 10 (repeatedly), bursts that drain, a queue
// whose length is a random walk, and per-request scratch buffers. No alert
// with any of five seeds, at -O0 and -O2.
//
// See also: alerts.cpp (the leaks), runtime/memscope_monitor.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -I%memscope_src/include -O0 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=leak_monitor=1:leak_monitor_interval_ms=0 %t 1 2>&1 | FileCheck %s
// RUN: env MEMSCOPE_OPTIONS=leak_monitor=1:leak_monitor_interval_ms=0 %t 2 2>&1 | FileCheck %s
// RUN: env MEMSCOPE_OPTIONS=leak_monitor=1:leak_monitor_interval_ms=0 %t 3 2>&1 | FileCheck %s
// RUN: %clangxx_memscope -I%memscope_src/include -O2 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=leak_monitor=1:leak_monitor_interval_ms=0 %t 4 2>&1 | FileCheck %s
// RUN: env MEMSCOPE_OPTIONS=leak_monitor=1:leak_monitor_interval_ms=0 %t 5 2>&1 | FileCheck %s
// RUN: %clangxx_memscope_leak -I%memscope_src/include -O2 %s -o %t-leak
// RUN: env MEMSCOPE_OPTIONS=leak_monitor_interval_ms=0 %t-leak 1 2>&1 | FileCheck %s
// RUN: env MEMSCOPE_OPTIONS=leak_monitor_interval_ms=0 %t-leak 2 2>&1 | FileCheck %s
// A bad alpha is said and replaced by the default.
// RUN: env MEMSCOPE_OPTIONS=leak_monitor=1:leak_monitor_alpha=2:leak_monitor_interval_ms=0 %t 1 2>&1 | FileCheck %s --check-prefix=ALPHA
// ALPHA: memscope: MEMSCOPE_OPTIONS: option 'leak_monitor_alpha' must be between 0 and 1 (exclusive); using 0.01
// RUN: env MEMSCOPE_OPTIONS=leak_monitor=1:leak_monitor_alpha=1e-3x %t 1 2>&1 | FileCheck %s --check-prefix=NUMBER
// NUMBER: memscope: MEMSCOPE_OPTIONS: option 'leak_monitor_alpha' has the value '1e-3x', which is not a number; ignored
// CHECK-NOT: leak alert
// CHECK: done 300 ticks
// CHECK-NOT: leak alert

#include <memscope/memscope.h>

#include <stdio.h>
#include <stdlib.h>

#include <deque>
#include <map>
#include <vector>

struct Entry {
  char Data[96];
};

int main(int Argc, char **Argv) {
  srand(Argc > 1 ? atoi(Argv[1]) : 1);
  std::map<int, Entry *> Cache, Warm;
  std::vector<Entry *> Table, Burst;
  std::deque<Entry *> Queue;
  int Ticks = 300;
  for (int Tick = 0; Tick < Ticks; ++Tick) {
    for (int I = 0; I < 100; ++I) {
      std::vector<void *> Scratch;
      for (int J = 0; J < 3; ++J)
        Scratch.push_back(malloc(64 + rand() % 512));
      for (void *P : Scratch)
        free(P);
      int K = rand();
      if (!Cache.count(K))
        Cache[K] = new Entry;
      if (Cache.size() > 2000) {
        auto It = Cache.lower_bound(rand());
        if (It == Cache.end())
          It = Cache.begin();
        delete It->second;
        Cache.erase(It);
      }
      int W = rand() % 3000;
      if (!Warm.count(W))
        Warm[W] = new Entry;
      if (rand() % 2)
        Queue.push_back(new Entry);
      else if (!Queue.empty()) {
        delete Queue.front();
        Queue.pop_front();
      }
    }
    if (Tick % 30 < 20)
      for (int I = 0; I < 50; ++I)
        Table.push_back(new Entry);
    else
      for (int I = 0; I < 100 && !Table.empty(); ++I) {
        delete Table.back();
        Table.pop_back();
      }
    if (Tick % 15 == 0)
      for (int I = 0; I < 500; ++I)
        Burst.push_back(new Entry);
    for (int I = 0; I < 50 && !Burst.empty(); ++I) {
      delete Burst.back();
      Burst.pop_back();
    }
    __memscope_leak_monitor_tick();
  }
  fprintf(stderr, "done %d ticks\n", Ticks);
  for (auto &E : Cache)
    delete E.second;
  for (auto &E : Warm)
    delete E.second;
  for (Entry *E : Table)
    delete E;
  for (Entry *E : Burst)
    delete E;
  for (Entry *E : Queue)
    delete E;
  return 0;
}
