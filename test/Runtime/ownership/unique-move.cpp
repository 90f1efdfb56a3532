// ===- test/Runtime/ownership/unique-move.cpp - ownership moved into a container
//
// A unique_ptr's object is moved into a vector, which later destroys it; a
// raw pointer taken before the move dangles. The report says where that
// pointer came from (unique_ptr::get() on 'item') although the owner that
// freed the object was the vector's element.
//
// See also: runtime/memscope_ownership.cpp, dangling-get.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clangxx_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s

#include <memory>
#include <vector>

struct Item {
  int weight = 3;
};

int main(int argc, char **) {
  std::vector<std::unique_ptr<Item>> items;
  auto item = std::make_unique<Item>();
  Item *raw = item.get();
  items.push_back(std::move(item));
  items.emplace_back(new Item);
  items.clear();
  return raw->weight + argc; // BOOM
  // CHECK: ERROR: memscope: heap-use-after-free on address
  // CHECK: passport #{{[0-9]+}} (Item, 4 bytes): allocated by T0 at {{.*}}unique-move.cpp:[[@LINE-7]]:{{[0-9]+}} in main → freed by T0 at {{.*}}unique-move.cpp:[[@LINE-3]]:{{[0-9]+}} in main
  // CHECK-NEXT: ownership: its last owner, an unnamed unique_ptr (unique_ptr made at {{.*}}unique-move.cpp:[[@LINE-6]]:{{[0-9]+}} in main), let go of it at {{.*}}unique-move.cpp:[[@LINE-4]]:{{[0-9]+}} in main
  // CHECK-NEXT: raw pointer obtained via unique_ptr::get() at {{.*}}unique-move.cpp:[[@LINE-8]]:{{[0-9]+}} in main from owner 'item' in main
}
