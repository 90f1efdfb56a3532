// ===- test/Runtime/ownership/clone-storm.cpp - a site that copies too often
//
// A loop that copies a shared_ptr at every iteration is a clone storm once
// the site's copies reach clone_storm_threshold: a warning at exit names the
// site and the count. Below the threshold nothing is said.
//
// See also: runtime/memscope_ownership.cpp (ReportCloneStorms).
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=clone_storm_threshold=100 %t 2>&1 | FileCheck %s
// RUN: env MEMSCOPE_OPTIONS=clone_storm_threshold=1000 %t 2>&1 | FileCheck %s --check-prefix=QUIET --allow-empty
// RUN: %clangxx_memscope -O2 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=clone_storm_threshold=100 %t 2>&1 | FileCheck %s

#include <memory>

__attribute__((noinline)) static long weigh(std::shared_ptr<int> p) {
  return *p;
}

int main() {
  auto shared = std::make_shared<int>(2);
  long sum = 0;
  for (int i = 0; i < 300; ++i)
    sum += weigh(shared);
  // CHECK: memscope: warning: clone storm: 300 shared-pointer copies at {{.*}}clone-storm.cpp:[[@LINE-1]]:{{[0-9]+}} in main (threshold 100, clone_storm_threshold)
  // QUIET-NOT: clone storm
  return sum == 600 ? 0 : 1;
}
