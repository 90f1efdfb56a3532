// ===- test/Runtime/ownership/cycle-relocated.cpp - a cycle through a grown vector
//
// A registry owns its entries through a std::vector<std::shared_ptr> that
// grows twenty times, and one entry owns the registry back. libc++ moves
// shared_ptr elements with memcpy when a vector grows, so the slots the
// runtime saw were freed while still holding their objects: at exit they
// are found again in the new buffer and the cycle is reported, with either
// library, at -O0 and -O2.
//
// See also: runtime/memscope_ownership.cpp (RecoverLostOwners).
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clangxx_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %if libcxx %{ %clangxx_memscope -stdlib=libc++ -O0 %s -o %t.cxx && not %t.cxx 2>&1 | FileCheck %s %}
// RUN: %if libcxx %{ %clangxx_memscope -stdlib=libc++ -O2 %s -o %t.cxx && not %t.cxx 2>&1 | FileCheck %s %}

#include <memory>
#include <vector>

struct Registry {
  std::vector<std::shared_ptr<Registry>> entries;
  std::shared_ptr<Registry> owner;
};

__attribute__((noinline)) static void build() {
  auto root = std::make_shared<Registry>();
  for (int i = 0; i < 20; ++i)
    root->entries.push_back(std::make_shared<Registry>());
  root->entries[7]->owner = root;
  // CHECK: ERROR: memscope: cycle leak: 3 object(s)
  // CHECK: holds #{{[0-9]+}} through 'Registry::owner' (ArcClone, set at {{.*}}cycle-relocated.cpp:[[@LINE-2]]:{{[0-9]+}} in build())  <- should be a std::weak_ptr
  // CHECK: The cycle also keeps alive 19 more object(s)
  // CHECK: SUMMARY: memscope: {{[0-9]+}} byte(s) leaked in 22 allocation(s) in 1 shared-pointer cycle(s).
}

int main() {
  build();
  return 0;
}
