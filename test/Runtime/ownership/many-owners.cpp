// ===- test/Runtime/ownership/many-owners.cpp - more live owners than the table's first size
//
// A million shared pointers alive at once in heap blocks (a vector's
// buffer, and members) is more than the owner table's home buckets hold:
// the table grows instead of dropping edges, so the small cycle made among
// them is still found exactly, and nothing is said about a full table.
//
// See also: runtime/memscope_owner_table.cpp (overflow buckets).
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O1 %s -o %t
// RUN: not %t 2>&1 | FileCheck %s

#include <memory>
#include <vector>

struct Node {
  std::shared_ptr<Node> next;
  long value = 0;
};

int main() {
  std::vector<std::shared_ptr<Node>> all;
  all.reserve(500000);
  for (long i = 0; i < 500000; ++i) {
    all.push_back(std::make_shared<Node>());
    all.back()->value = i;
    if (i)
      all[i - 1]->next = all[i]; // half a million member owners too
  }
  {
    auto a = std::make_shared<Node>();
    auto b = std::make_shared<Node>();
    a->next = b;
    b->next = a; // the one cycle
  }
  long sum = 0;
  for (const auto &n : all)
    sum += n->value;
  return sum == 124999750000 ? 0 : 1;
}
// CHECK-NOT: owner table was full
// CHECK: ERROR: memscope: cycle leak: 2 object(s)
// CHECK-NOT: owner table was full
// CHECK-NOT: cycle leak
