// ===- test/Runtime/ownership/graph.cpp - the ownership graph of a real run
//
// `memscope graph` on the trace of a program whose ownership is plain from
// the source: one shared object with its original owner (Owns), copies
// into a variable, a loop variable and a vector (ArcClone, counted per
// edge), a weak_ptr (Weak); a unique_ptr moved into another (Owns, then
// Move); borrows counted per site. Checked in the JSON (flattened by
// Inputs/edges.py) and in the DOT output.
//
// See also: docs/Analyzer.md (memscope graph), utils/analyzer/Graph.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=trace_path=%t.trace %t
// RUN: memscope graph %t.trace -o %t.json
// RUN: %python %S/Inputs/edges.py %t.json | FileCheck %s
// RUN: memscope graph %t.trace --format dot | FileCheck %s --check-prefix=DOT
// RUN: %clangxx_memscope -O2 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=trace_path=%t.trace %t
// RUN: memscope graph %t.trace -o %t.json
// RUN: %python %S/Inputs/edges.py %t.json | FileCheck %s

#include <memory>
#include <vector>

struct Widget {
  int v = 0;
};

int main() {
  auto w = std::make_shared<Widget>();
  std::shared_ptr<Widget> c1 = w;
  for (int i = 0; i < 3; ++i) {
    std::shared_ptr<Widget> tmp = w;
    tmp->v += i;
  }
  std::vector<std::shared_ptr<Widget>> all;
  all.push_back(w);
  auto u = std::make_unique<Widget>();
  auto u2 = std::move(u);
  std::weak_ptr<Widget> wk = w;
  const Widget *raw = w.get();
  return raw->v == 3 ? 0 : 1;
}

// CHECK: node #[[W:[0-9]+]] Widget owner=w in main freed=True leaked=False
// CHECK-NEXT: borrow #[[W]] MutableBorrow tmp in main x3 line 35
// CHECK-NEXT: borrow #[[W]] MutableBorrow w in main x1 line 42
// CHECK-NEXT: node #[[BUF:[0-9]+]] std::shared_ptr<Widget>[] owner=None
// CHECK-NEXT: node #[[U:[0-9]+]] Widget owner=u in main freed=True
// CHECK-DAG: edge - w in main -> #[[W]] Owns x1 line 31 dead
// CHECK-DAG: edge - c1 in main -> #[[W]] ArcClone x1 line 32 dead
// CHECK-DAG: edge - tmp in main -> #[[W]] ArcClone x3 line 34 dead
// CHECK-DAG: edge #[[BUF]] {{.*}} -> #[[W]] ArcClone x1 line 38 dead
// CHECK-DAG: edge - wk in main -> #[[W]] Weak x1 line 41 dead
// CHECK-DAG: edge - u in main -> #[[U]] Owns x1 line 39 dead
// CHECK-DAG: edge - u2 in main -> #[[U]] Move x1 line 40 dead
// CHECK-NOT: cycle
// CHECK-NOT: diagnostic

// DOT: digraph memscope {
// DOT-DAG: p[[W:[0-9]+]] [label="#[[W]] Widget\n{{[0-9]+}} B\ngraph.cpp:31"];
// DOT-DAG: -> p[[W]] [label="Owns x1"];
// DOT-DAG: -> p[[W]] [label="ArcClone x3"];
// DOT-DAG: -> p[[W]] [label="Weak x1", style=dashed];
// DOT-DAG: -> p{{[0-9]+}} [label="Move x1"];

// The JSON's nodes and edges are one per line, the address null (a plain
// run records no addresses); this reads the -O2 graph.
// RUN: FileCheck %s --check-prefix=LINES < %t.json
// LINES: "nodes": [
// LINES-NOT: "address":"0x0"
// LINES: {{^    }}{"passport":{{[0-9]+}},"type":"Widget","size":24,"address":null,"allocation_site":{"pc":"0x{{[0-9a-f]+}}","function":"main","file":"{{.*}}graph.cpp","line":31,
// LINES-NOT: "address":"0x0"
// LINES: "edges": [
// LINES-NEXT: {{^    }}{"from":null,"from_offset":null,"owner":"{{[^"]+}}","to":{{[0-9]+}},"kind":"{{[A-Za-z]+}}","confidence":"exact","first_site":{"file":
// LINES-NOT: "address":"0x0"
