// ===- test/Analyzer/cycle-advice.cpp - which fix a cycle leak gets --------===//
//
// `memscope report` and `memscope graph` name the edge to change in each
// cycle leak: in a cycle of shared_ptrs it should be a weak_ptr; in a cycle
// of unique_ptrs, where no weak_ptr applies, it should not own (as the
// runtime's own report says). `memscope test` names the pointers that hold
// each cycle, in its text and in SARIF. -O0 and -O2.
//
// See also: utils/analyzer/Ownership.cpp (isOwningCycle), TextReport.cpp,
// Graph.cpp, TestCommand.cpp, runtime/memscope_cycles.cpp.
// ===----------------------------------------------------------------------===//

// RUN: %clangxx_memscope -O0 %s -o %t
// RUN: rm -rf %t.dir && env MEMSCOPE_OPTIONS=trace_dir=%t.dir not %t
// RUN: memscope report %t.dir/*.trace | FileCheck %s
// RUN: memscope graph %t.dir/*.trace | FileCheck %s --check-prefix=GRAPH
// RUN: not memscope test --sarif %t.dir/out.sarif -- %t 2>&1 | FileCheck %s --check-prefix=TEST
// RUN: %python %S/Inputs/sarif_check.py %t.dir/out.sarif > /dev/null
// RUN: %python -c "import json; r=json.load(open('%t.dir/out.sarif'))['runs'][0]; \
// RUN:   [print('rule', x['id'], x['shortDescription']['text']) for x in r['tool']['driver']['rules']]; \
// RUN:   [print('result', x['ruleId'], x['message']['text']) for x in r['results']]" | FileCheck %s --check-prefix=SARIF
// RUN: %clangxx_memscope -O2 %s -o %t
// RUN: rm -rf %t.dir && env MEMSCOPE_OPTIONS=trace_dir=%t.dir not %t
// RUN: memscope report %t.dir/*.trace | FileCheck %s
// RUN: memscope graph %t.dir/*.trace | FileCheck %s --check-prefix=GRAPH
// RUN: not memscope test --sarif %t.dir/out.sarif -- %t 2>&1 | FileCheck %s --check-prefix=TEST
// RUN: %python %S/Inputs/sarif_check.py %t.dir/out.sarif > /dev/null
// RUN: %python -c "import json; r=json.load(open('%t.dir/out.sarif'))['runs'][0]; \
// RUN:   [print('rule', x['id'], x['shortDescription']['text']) for x in r['tool']['driver']['rules']]; \
// RUN:   [print('result', x['ruleId'], x['message']['text']) for x in r['results']]" | FileCheck %s --check-prefix=SARIF

#include <memory>

struct Shared {
  std::shared_ptr<Shared> peer;
};
struct Unique {
  std::unique_ptr<Unique> peer;
};

__attribute__((noinline)) static void make() {
  auto A = std::make_shared<Shared>(), B = std::make_shared<Shared>();
  A->peer = B;
  B->peer = A;
  auto U = std::make_unique<Unique>();
  U->peer = std::make_unique<Unique>();
  Unique *First = U.get();
  First->peer->peer = std::move(U);
}

int main() {
  make();
  return 0;
}

// CHECK: Cycle leak #1:
// CHECK: through Shared::peer {{.*}}  <- should be a weak_ptr
// CHECK: Cycle leak #2:
// CHECK: through Unique::peer {{.*}}  <- should not own

// GRAPH: make Shared::peer {{.*}} a weak_ptr
// GRAPH: make Unique::peer {{.*}} a pointer that does not own

// TEST-DAG: cycle leak of 64 byte(s) in 2 object(s) held by shared pointers at cycle-advice.cpp:[[@LINE-22]]
// TEST-DAG: cycle leak of 16 byte(s) in 2 object(s) held by owning pointers at cycle-advice.cpp:[[@LINE-20]]

// SARIF-DAG: rule cycle-leak Objects kept alive only by a cycle of shared or owning pointers
// SARIF-DAG: result cycle-leak cycle leak of 64 byte(s) in 2 object(s) held by shared pointers
// SARIF-DAG: result cycle-leak cycle leak of 16 byte(s) in 2 object(s) held by owning pointers
