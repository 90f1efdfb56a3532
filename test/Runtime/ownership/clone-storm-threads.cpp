// ===- test/Runtime/ownership/clone-storm-threads.cpp - exact copy counts --===
//
// Copies made at one site by several threads at once are all counted: four
// threads copy 2,500 times each and exit, the main thread copies 500 more,
// and the warning says 10500 (threads count copies on their own and add
// them to the site at exit and before the report).
//
// See also: runtime/memscope_owner_table.h (PendingCopies).
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -pthread -o %t
// RUN: env MEMSCOPE_OPTIONS=clone_storm_threshold=100 %t 2>&1 | FileCheck %s
// RUN: %clangxx_memscope -O2 %s -pthread -o %t
// RUN: env MEMSCOPE_OPTIONS=clone_storm_threshold=100 %t 2>&1 | FileCheck %s

#include <memory>
#include <thread>
#include <vector>

__attribute__((noinline)) static long weigh(std::shared_ptr<int> p) {
  return *p;
}

__attribute__((noinline)) static long copies(const std::shared_ptr<int> &shared,
                                             int n) {
  long sum = 0;
  for (int i = 0; i < n; ++i)
    sum += weigh(shared); // COPY
  return sum;
}

int main() {
  auto shared = std::make_shared<int>(1);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&] { copies(shared, 2500); });
  for (auto &t : threads)
    t.join();
  return copies(shared, 500) == 500 ? 0 : 1;
}
// CHECK: memscope: warning: clone storm: 10500 shared-pointer copies at {{.*}}clone-storm-threads.cpp:[[@LINE-13]]:{{[0-9]+}} in copies
