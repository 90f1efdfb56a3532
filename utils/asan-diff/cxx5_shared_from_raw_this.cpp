// EXPECT: double-free
// A method wraps `this` in a new shared_ptr although a shared_ptr already owns it.
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>
struct Node;
static std::vector<std::shared_ptr<Node>> registry;
struct Node {
  int id;
  explicit Node(int i) : id(i) {}
  void enroll() { registry.push_back(std::shared_ptr<Node>(this)); }
};
int main(int argc, char **argv) {
  {
    auto n = std::make_shared<Node>(std::atoi(argv[1]));
    auto m = std::shared_ptr<Node>(new Node(n->id + 1));
    m->enroll();
    std::printf("%d %zu\n", m->id, registry.size());
  }
  registry.clear(); // BUG
  return 0;
}
