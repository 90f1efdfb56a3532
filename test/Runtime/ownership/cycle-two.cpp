// ===- test/Runtime/ownership/cycle-two.cpp - two objects owning each other ===
//
// Two shared_ptr-owned objects that point at each other through a member
// stay alive after their last variable is gone: a cycle leak, reported at
// exit with the path (types, member names, where each edge was made) and the
// edge to turn into a std::weak_ptr. The exit status is that of a leak.
//
// See also: runtime/memscope_ownership.cpp (ReportCycle).
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clangxx_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: env MEMSCOPE_OPTIONS=detect_cycles=0:detect_leaks=0 %t 2>&1 | FileCheck %s --check-prefix=OFF --allow-empty
// The trace carries the cycle: `memscope graph` shows it with its edges.
// RUN: env MEMSCOPE_OPTIONS=trace_path=%t.trace not %t 2>/dev/null
// RUN: memscope graph %t.trace -o %t.json
// RUN: %python %S/Inputs/edges.py %t.json | FileCheck %s --check-prefix=GRAPH

#include <memory>

struct Peer {
  std::shared_ptr<Peer> other;
  int id = 0;
};

__attribute__((noinline)) static void connect() {
  auto a = std::make_shared<Peer>();
  auto b = std::make_shared<Peer>();
  a->other = b;
  b->other = a;
  // CHECK: ERROR: memscope: cycle leak: 2 object(s) ({{[0-9]+}} bytes) kept alive only by a cycle of shared pointers
  // CHECK-NEXT: #[[A:[0-9]+]] Peer ({{[0-9]+}} bytes) allocated by T0 at {{.*}}cycle-two.cpp:[[@LINE-5]]:{{[0-9]+}} in connect()
  // CHECK-NEXT: holds #[[B:[0-9]+]] through 'Peer::other' (ArcClone, set at {{.*}}cycle-two.cpp:[[@LINE-4]]:{{[0-9]+}} in connect())
  // CHECK-NEXT: #[[B]] Peer ({{[0-9]+}} bytes) allocated by T0 at {{.*}}cycle-two.cpp:[[@LINE-6]]:{{[0-9]+}} in connect()
  // CHECK-NEXT: holds #[[A]] through 'Peer::other' (ArcClone, set at {{.*}}cycle-two.cpp:[[@LINE-5]]:{{[0-9]+}} in connect())  <- should be a std::weak_ptr
  // CHECK-NEXT: Fix: make 'Peer::other' (set at {{.*}}cycle-two.cpp:[[@LINE-6]]:{{[0-9]+}} in connect()) a std::weak_ptr: it points from #[[B]] back to #[[A]]
  // CHECK: SUMMARY: memscope: {{[0-9]+}} byte(s) leaked in 2 allocation(s) in 1 shared-pointer cycle(s).
  // OFF-NOT: cycle leak
  // GRAPH-DAG: node #[[GA:[0-9]+]] Peer owner=a in connect() freed=False leaked=True
  // GRAPH-DAG: node #[[GB:[0-9]+]] Peer owner=b in connect() freed=False leaked=True
  // GRAPH-DAG: edge - a in connect() -> #[[GA]] Owns x1 line [[#@LINE-14]] dead
  // GRAPH-DAG: edge #[[GA]] Peer::other -> #[[GB]] ArcClone x1 line [[#@LINE-13]] live
  // GRAPH-DAG: edge #[[GB]] Peer::other -> #[[GA]] ArcClone x1 line [[#@LINE-13]] live
  // GRAPH-DAG: cycle 1 path #[[GA]](Peer::other) #[[GB]](Peer::other) weak #[[GB]]->#[[GA]] Peer::other
}

int main() {
  connect();
  return 0;
}
