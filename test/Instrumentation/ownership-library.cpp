// The smart pointers' own members and the make_* helpers carry out what the
// call at the user's site already records (libstdc++'s move assignment makes
// a temporary and swaps it in, lock() constructs from the weak_ptr,
// make_shared calls allocate_shared): the calls they make are not recorded,
// so there are no events for the library's temporaries and no header sites.
// Their comparison operators and std::hash look at get() without handing the
// pointer to the program: no borrow either. Container code is recorded: that
// is how copies into a vector are seen.
// Function strings exist only for descriptors, so the strings of a module
// list every function that got one; allocation types are off here because
// they are recorded everywhere, library code included.
//
// DEFINE: %{compile} = %clangxx -std=c++17 -O0 -g -fpass-plugin=%memscope_plugin \
// DEFINE:   -mllvm -memscope-instrument-alloc-types=0 -S -emit-llvm -o - %s
//
// RUN: %{compile} -stdlib=libstdc++ | FileCheck %s --check-prefixes=CHECK,GNU
// RUN: %{compile} -stdlib=libstdc++ -mllvm -memscope-ownership-in-library \
// RUN:   | FileCheck %s --check-prefix=ALL
// RUN: %if libcxx %{ %{compile} -stdlib=libc++ | FileCheck %s --check-prefixes=CHECK,LIBCXX %}

#include <functional>
#include <memory>
#include <vector>

struct Node {
  int v;
};

void use(std::shared_ptr<Node> &a, std::shared_ptr<Node> &b,
         std::weak_ptr<Node> &w, std::unique_ptr<Node> &u,
         std::vector<std::shared_ptr<Node>> &v) {
  a = std::move(b);
  a.reset();
  std::shared_ptr<Node> l = w.lock();
  auto m = std::make_shared<Node>();
  std::shared_ptr<Node> fromUnique = std::move(u);
  v.push_back(a);
}

bool compare(const std::shared_ptr<Node> &a, const std::shared_ptr<Node> &b) {
  return a == b || std::hash<std::shared_ptr<Node>>()(a) == 0;
}

// CHECK:      c"use(
// CHECK-NOT:  c"{{[^"]*}}std::{{(__1::)?}}shared_ptr<Node>::
// CHECK-NOT:  c"{{[^"]*}}std::__shared_ptr<Node, (__gnu_cxx::_Lock_policy)2>::
// CHECK-NOT:  c"{{[^"]*}}std::{{(__1::)?}}weak_ptr<Node>::
// CHECK-NOT:  c"{{[^"]*}}std::{{(__1::)?}}{{make_shared|allocate_shared}}
// CHECK-NOT:  c"{{[^"]*}}std::{{(__1::)?}}operator==
// CHECK-NOT:  c"{{[^"]*}}std::{{(__1::)?}}hash<
// GNU:        c"void std::__new_allocator<std::shared_ptr<Node>>::construct<
// LIBCXX:     c"void std::__1::allocator<std::__1::shared_ptr<Node>>::construct[abi:{{[a-z0-9]+}}]<
// CHECK-NOT:  c"{{[^"]*}}std::{{(__1::)?}}shared_ptr<Node>::
// CHECK-NOT:  c"{{[^"]*}}std::__shared_ptr<Node, (__gnu_cxx::_Lock_policy)2>::
// CHECK:      @memscope.site = private global

// What the rule leaves out.
// ALL-DAG: c"std::shared_ptr<Node>::operator=(std::shared_ptr<Node>&&)\00"
// ALL-DAG: c"std::__shared_ptr<Node, (__gnu_cxx::_Lock_policy)2>::reset()\00"
// ALL-DAG: c"std::weak_ptr<Node>::lock() const\00"
// ALL-DAG: c"std::shared_ptr<{{.*}}> std::make_shared<Node>()\00"
// ALL-DAG: c"bool std::operator==<Node, Node>(std::shared_ptr<Node> const&, std::shared_ptr<Node> const&)\00"
// ALL-DAG: c"std::hash<std::shared_ptr<Node>>::operator()(std::shared_ptr<Node> const&) const\00"
