// ===- test/Analyzer/declared-fields.cpp - fields that are no pointers ----===
//
// A word is a pointer by its value alone unless the block's type says
// otherwise: the pass records which words of an allocated type are
// pointers (DWARF member layouts: MEMSCOPE_SITE_LAYOUT), so an integer
// field that holds a live block's address gives no relation, while the
// pointer field beside it does. Arrays of the type repeat its layout; a
// block of unknown type (malloc into a `long *`: its words are longs, so
// no relation either) and a union (either member may be live) fall back on
// values.
//
// See also: pass/Ownership.cpp (pointerLayout), utils/analyzer/Relations.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t
// RUN: rm -rf %t.dir && env MEMSCOPE_OPTIONS=trace_dir=%t.dir %t
// RUN: memscope graph --infer -o %t.json %t.dir/*.trace
// RUN: %python %S/Inputs/inferred.py %t.json | FileCheck %s
// RUN: %clangxx_memscope -O2 %s -o %t
// RUN: rm -rf %t.dir && env MEMSCOPE_OPTIONS=trace_dir=%t.dir %t
// RUN: memscope graph --infer -o %t.json %t.dir/*.trace
// RUN: %python %S/Inputs/inferred.py %t.json | FileCheck %s

// One Owns per Holder (its pointer field), none from its cookie; 4 from
// the array's pointer fields; the union's word is a relation by its value.
// CHECK-NOT: Holder ->
// CHECK: Owns Holder -> Item: 1
// CHECK-NOT: Holder ->
// CHECK: Owns Holder[] -> Item: 4
// CHECK-NOT: Holder
// CHECK: Owns Variant -> Item: 1

#include <cstdint>

struct Item {
  long A, B;
};
struct Holder {
  intptr_t Cookie; // an address kept as a number: no pointer
  Item *Owned;
};
struct Variant {
  union {
    intptr_t Number;
    Item *Pointer;
  };
};

Holder *One, *Many;
Variant *Either;
Item *Others[8];

int main() {
  for (Item *&I : Others)
    I = new Item{1, 2};
  One = new Holder{reinterpret_cast<intptr_t>(Others[0]), new Item{3, 4}};
  Many = new Holder[4];
  for (int I = 0; I < 4; ++I)
    Many[I] = {reinterpret_cast<intptr_t>(Others[I + 1]), new Item{5, 6}};
  Either = new Variant;
  Either->Number = reinterpret_cast<intptr_t>(Others[5]);
  return 0;
}
