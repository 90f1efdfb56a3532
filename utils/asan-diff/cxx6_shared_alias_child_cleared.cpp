// EXPECT: heap-use-after-free
// FLAGS: -std=c++17
// A scene graph hands out handles to child nodes with the shared_ptr
// aliasing constructor, sharing ownership of the *parent*. But children
// are owned by the parent's vector of unique_ptr: clearing them frees the
// child even though the alias keeps the parent alive.
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

struct Node {
  std::string name;
  float transform[16];
  std::vector<std::unique_ptr<Node>> children;
};

__attribute__((noinline)) static std::shared_ptr<Node>
child_handle(const std::shared_ptr<Node> &parent, size_t i) {
  return std::shared_ptr<Node>(parent, parent->children[i].get());
}

__attribute__((noinline)) static void rebuild(Node &n, int count) {
  n.children.clear();
  for (int i = 0; i < count; i++) n.children.push_back(std::make_unique<Node>());
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  auto root = std::make_shared<Node>();
  root->name = "root";
  for (int i = 0; i < n; i++) {
    root->children.push_back(std::make_unique<Node>());
    root->children.back()->transform[0] = argv[2][i];
  }
  std::shared_ptr<Node> picked = child_handle(root, n / 2);
  Node *scene = root.get();
  root.reset();                 // the alias still keeps the parent alive
  rebuild(*scene, n / 2);       // ...but not the children it owns
  float x = picked->transform[0]; // BUG
  std::printf("%f %d\n", x, argc);
  return 0;
}
