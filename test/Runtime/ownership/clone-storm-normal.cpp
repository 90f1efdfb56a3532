// ===- test/Runtime/ownership/clone-storm-normal.cpp - copying that is normal
//
// A clone storm is unusual copying, not a program's normal traffic: handing
// each of many new objects on by value once, or pushing each into a vector
// twice, is not one however often it happens; copying the same object over
// and over is, and names the user's line even when the copy is made inside
// std::vector. The counts are the program's, the same in every run.
//
// See also: runtime/memscope_report_ownership.cpp (ReportCloneStorms).
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=clone_storm_threshold=100 %t 2>&1 | FileCheck %s
// RUN: %clangxx_memscope -O2 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=clone_storm_threshold=100 %t 2>&1 | FileCheck %s

#include <memory>
#include <vector>

struct Item {
  long v;
};

__attribute__((noinline)) static long weigh(std::shared_ptr<Item> p) {
  return p->v;
}

int main() {
  long sum = 0;
  std::vector<std::shared_ptr<Item>> pairs;
  for (int i = 0; i < 500; ++i) {
    auto item = std::make_shared<Item>(Item{i});
    sum += weigh(item); // one copy of each object: normal
    pairs.push_back(item);
    pairs.push_back(item); // two of each: normal
  }
  std::vector<std::shared_ptr<Item>> same;
  auto one = std::make_shared<Item>(Item{1});
  for (int i = 0; i < 300; ++i)
    same.push_back(one); // the same object 300 times: a storm
  // CHECK-NOT: clone storm{{.*}}clone-storm-normal.cpp:[[@LINE-7]]
  // CHECK-NOT: clone storm{{.*}}clone-storm-normal.cpp:[[@LINE-7]]
  // CHECK: memscope: warning: clone storm: 300 shared-pointer copies at {{.*}}clone-storm-normal.cpp:[[@LINE-3]]:{{[0-9]+}} in main (threshold 100, clone_storm_threshold), 300 of each object on average
  // CHECK-NOT: clone storm
  return sum == 124750 && same.size() == 300 ? 0 : 1;
}
