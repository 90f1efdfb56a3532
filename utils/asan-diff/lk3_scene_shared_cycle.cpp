// EXPECT: leak
// a scene tree stores children as shared_ptr and each child's parent link also as shared_ptr instead of weak_ptr; every subtree forms a reference cycle that outlives the scene
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

struct Node {
  std::string name;
  float x = 0, y = 0;
  std::shared_ptr<Node> parent; // BUG
  std::vector<std::shared_ptr<Node>> children;
};

static std::shared_ptr<Node> add_child(const std::shared_ptr<Node> &parent, const std::string &name, float x, float y) {
  auto c = std::make_shared<Node>();
  c->name = name;
  c->x = x;
  c->y = y;
  c->parent = parent;
  parent->children.push_back(c);
  return c;
}

static int count(const std::shared_ptr<Node> &n) {
  int c = 1;
  for (auto &ch : n->children) c += count(ch);
  return c;
}

static float world_x(const Node *n) {
  float x = 0;
  for (; n; n = n->parent.get()) x += n->x;
  return x;
}

/* Builds a scene of n nodes and measures it; the scene is dropped on return. */
__attribute__((noinline)) static int build_scene(int n, const std::string &alpha, float *far) {
  auto root = std::make_shared<Node>();
  root->name = "root";
  std::vector<std::shared_ptr<Node>> all{root};
  for (int i = 0; i < n; i++) {
    auto parent = all[(size_t)(i * 5) % all.size()];
    all.push_back(add_child(parent, alpha.substr((size_t)i % 6, 2), (float)(i % 4), (float)i));
  }
  for (auto &node : all) {
    float wx = world_x(node.get());
    if (wx > *far) *far = wx;
  }
  return count(root);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  float far = 0;
  int total = build_scene(n, alpha, &far);
  std::printf("%d nodes, farthest x %.1f\n", total, far);
  return 0;
}
