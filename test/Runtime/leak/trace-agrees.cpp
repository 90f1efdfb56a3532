// ===- test/Runtime/leak/trace-agrees.cpp - the trace keeps the run's verdict
//
// Threads that have exited leave glibc's thread control blocks (their DTVs,
// allocated in allocate_dtv) cached for reuse; LSan's standard suppressions
// match them, and the run reports only the program's own leak. The trace
// must say the same: a check that matched suppressions but found no
// indirect leak classified the suppressed blocks too, and they once
// reached the trace as a leak the run never printed.
//
// See also: runtime/memscope_lsan_common.cpp, runtime/memscope_lsan.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t -lpthread
// RUN: rm -rf %t.dir && env MEMSCOPE_OPTIONS=trace_dir=%t.dir not %t 2>&1 | FileCheck %s --check-prefix=LIVE
// RUN: memscope report %t.dir/*.trace | FileCheck %s --check-prefix=TRACE
// RUN: %clangxx_memscope -O2 %s -o %t -lpthread
// RUN: rm -rf %t.dir && env MEMSCOPE_OPTIONS=trace_dir=%t.dir not %t 2>&1 | FileCheck %s --check-prefix=LIVE
// RUN: memscope report %t.dir/*.trace | FileCheck %s --check-prefix=TRACE
// With no leak of its own, neither the run nor its trace reports one.
// RUN: rm -rf %t.dir && env MEMSCOPE_OPTIONS=trace_dir=%t.dir %t clean 2>&1 | FileCheck %s --check-prefix=CLEAN --allow-empty
// RUN: memscope report %t.dir/*.trace | FileCheck %s --check-prefix=TRACE-CLEAN

#include <cstdlib>
#include <cstring>
#include <thread>
#include <vector>

thread_local std::vector<int> PerThread;
void *volatile Sink;

int main(int argc, char **argv) {
  std::vector<std::thread> Threads;
  for (int I = 0; I < 4; ++I)
    Threads.emplace_back([I] { PerThread.assign(100, I); });
  for (std::thread &T : Threads)
    T.join();
  if (argc == 1) {
    Sink = malloc(70);
    Sink = nullptr;
  }
  return 0;
}

// LIVE: Direct leak of 70 byte(s) in 1 object(s)
// LIVE-NOT: leak of
// LIVE: SUMMARY: memscope: 70 byte(s) leaked in 1 allocation(s).

// TRACE: Leak check #1 at exit
// TRACE-NOT: allocate_dtv
// TRACE: Direct leak of 70 byte(s) in 1 object(s)
// TRACE-NOT: leak of
// TRACE: SUMMARY: memscope: 70 byte(s) leaked in 1 allocation(s).

// CLEAN-NOT: leak

// TRACE-CLEAN: Leak check #1 at exit
// TRACE-CLEAN-NEXT: {{^$}}
// TRACE-CLEAN-NEXT: SUMMARY: memscope: 0 byte(s) leaked in 0 allocation(s).
