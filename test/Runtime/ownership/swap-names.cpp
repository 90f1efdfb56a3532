// ===- test/Runtime/ownership/swap-names.cpp - owners named after a swap ---===//
//
// A swap moves objects between two named owners: each keeps its own name.
// After a.swap(b) or std::swap(a, b), the object a held is b's, and the
// use-after-free report names 'b' as the last owner that let go of it (not
// 'a', the object swap was called on, nor '__a', the library's parameter).
//
// See also: runtime/memscope_ownership.cpp (UpdateSlot), dangling-get.cpp.
// ===----------------------------------------------------------------------===//

// RUN: %clangxx_memscope -O0 %s -o %t
// RUN: not %t member 2>&1 | FileCheck %s --check-prefix=MEMBER
// RUN: not %t unique 2>&1 | FileCheck %s --check-prefix=UNIQUE
// RUN: not %t std 2>&1 | FileCheck %s --check-prefix=STD
// RUN: %clangxx_memscope -O2 %s -o %t
// RUN: not %t member 2>&1 | FileCheck %s --check-prefix=MEMBER
// RUN: not %t unique 2>&1 | FileCheck %s --check-prefix=UNIQUE
// RUN: not %t std 2>&1 | FileCheck %s --check-prefix=STD

#include <cstring>
#include <memory>
#include <utility>

struct Item {
  int Value = 7;
};

[[gnu::noinline]] int member() {
  auto First = std::make_shared<Item>();
  auto Second = std::make_shared<Item>();
  Item *Raw = First.get();
  First.swap(Second);
  First.reset();
  Second.reset(); // the object First held goes here
  return Raw->Value;
  // MEMBER: ERROR: memscope: heap-use-after-free
  // MEMBER: ownership: its last owner, 'Second' in member{{.*}} (shared_ptr made at {{.*}}swap-names.cpp:[[@LINE-7]]:{{[0-9]+}} in member{{.*}}), let go of it at {{.*}}swap-names.cpp:[[@LINE-3]]:{{[0-9]+}} in member
}

[[gnu::noinline]] int unique() {
  auto First = std::make_unique<Item>();
  auto Second = std::make_unique<Item>();
  Item *Raw = First.get();
  First.swap(Second);
  Second.reset();
  return Raw->Value;
  // UNIQUE: ERROR: memscope: heap-use-after-free
  // UNIQUE: ownership: its last owner, 'Second' in unique{{.*}} (unique_ptr made at {{.*}}swap-names.cpp:[[@LINE-6]]:{{[0-9]+}} in unique{{.*}}), let go of it at {{.*}}swap-names.cpp:[[@LINE-3]]:{{[0-9]+}} in unique
}

[[gnu::noinline]] int std_swap() {
  auto First = std::make_shared<Item>();
  auto Second = std::make_shared<Item>();
  Item *Raw = First.get();
  std::swap(First, Second);
  Second.reset();
  return Raw->Value;
  // STD: ERROR: memscope: heap-use-after-free
  // STD: ownership: its last owner, 'Second' in std_swap{{.*}} (shared_ptr made at {{.*}}swap-names.cpp:[[@LINE-6]]:{{[0-9]+}} in std_swap{{.*}}), let go of it at {{.*}}swap-names.cpp:[[@LINE-3]]:{{[0-9]+}} in std_swap
}

int main(int argc, char **argv) {
  if (argc > 1 && !std::strcmp(argv[1], "member"))
    return member();
  if (argc > 1 && !std::strcmp(argv[1], "unique"))
    return unique();
  return std_swap();
}
