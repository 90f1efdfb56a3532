// ===- test/Runtime/clean/smart-pointers.cpp - ownership done right -------===
//
// unique_ptr (moves, release/reset, arrays, custom deleter), shared_ptr and
// make_shared (copies across a container, aliasing constructor), weak_ptr
// (lock while alive, expired after), enable_shared_from_this. Exit 0, no
// report.
//
// See also: use-after-free/smart-pointer-get.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t && %t 2>&1 | FileCheck %s --implicit-check-not=memscope
// RUN: %clangxx_memscope -O2 %s -o %t && %t 2>&1 | FileCheck %s --implicit-check-not=memscope

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

struct Node : std::enable_shared_from_this<Node> {
  std::string Name;
  std::vector<std::shared_ptr<Node>> Children;
  std::weak_ptr<Node> Parent;
  explicit Node(std::string N) : Name(std::move(N)) {}
  std::shared_ptr<Node> addChild(const std::string &N) {
    auto Child = std::make_shared<Node>(N);
    Child->Parent = shared_from_this();
    Children.push_back(Child);
    return Child;
  }
};

struct FreeDeleter {
  void operator()(char *P) const { std::free(P); }
};

int main(int argc, char **) {
  std::unique_ptr<int> A = std::make_unique<int>(argc);
  std::unique_ptr<int> B = std::move(A);
  int *Raw = B.release();
  B.reset(Raw);
  std::unique_ptr<int[]> Array(new int[16]());
  Array[15] = *B;
  std::unique_ptr<char, FreeDeleter> CBuffer(static_cast<char *>(std::malloc(8)));
  CBuffer.get()[7] = 'c';

  std::weak_ptr<Node> Watch;
  int Count = 0;
  {
    auto Root = std::make_shared<Node>("root");
    auto Leaf = Root->addChild("a")->addChild("b");
    std::vector<std::shared_ptr<Node>> Copies(100, Leaf);
    Watch = Leaf;
    std::shared_ptr<std::string> NameOnly(Leaf, &Leaf->Name);
    if (auto Locked = Watch.lock())
      Count = static_cast<int>(Locked.use_count());
    std::printf("leaf %s, parent %s, alias %s\n", Leaf->Name.c_str(),
                Leaf->Parent.lock()->Name.c_str(), NameOnly->c_str());
  }
  std::printf("use_count while alive %d, expired after %d, array %d\n", Count,
              Watch.expired(), Array[15]);
  return 0;
}

// CHECK: leaf b, parent a, alias b
// CHECK: use_count while alive 104, expired after 1, array 1
