// EXPECT: heap-use-after-free
// a scene graph stores nodes by value in a std::vector; add_child takes a reference to the parent, appends the child (reallocating the vector) and then records the child index through the stale parent reference
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

struct Transform {
  float x = 0, y = 0, rot = 0, scale = 1;
};

struct Node {
  std::string name;
  Transform local;
  int parent = -1;
  int first_child = -1, next_sibling = -1;
  int nchildren = 0;
};

class Scene {
 public:
  Scene() { nodes_.push_back(Node{"root", {}, -1, -1, -1, 0}); }

  int add_child(int parent_idx, const std::string &name, Transform t) {
    Node &parent = nodes_[(size_t)parent_idx];
    Node child;
    child.name = name;
    child.local = t;
    child.parent = parent_idx;
    child.next_sibling = parent.first_child;
    nodes_.push_back(child);
    int idx = (int)nodes_.size() - 1;
    parent.first_child = idx; // BUG
    parent.nchildren++;
    return idx;
  }

  Transform world(int idx) const {
    Transform acc;
    std::vector<int> chain;
    for (int i = idx; i >= 0; i = nodes_[(size_t)i].parent) chain.push_back(i);
    for (size_t k = chain.size(); k-- > 0;) {
      const Transform &l = nodes_[(size_t)chain[k]].local;
      float c = std::cos(acc.rot), s = std::sin(acc.rot);
      acc.x += acc.scale * (c * l.x - s * l.y);
      acc.y += acc.scale * (s * l.x + c * l.y);
      acc.rot += l.rot;
      acc.scale *= l.scale;
    }
    return acc;
  }

  int depth(int idx) const {
    int d = 0;
    while (nodes_[(size_t)idx].parent >= 0) {
      idx = nodes_[(size_t)idx].parent;
      d++;
    }
    return d;
  }

  size_t size() const { return nodes_.size(); }
  const Node &node(int i) const { return nodes_[(size_t)i]; }

 private:
  std::vector<Node> nodes_;
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  Scene scene;
  std::vector<int> ids{0};
  for (int i = 0; i < n * 2; i++) {
    int parent = ids[(size_t)(i * 7) % ids.size()];
    Transform t;
    t.x = (float)(alpha[(size_t)i % alpha.size()] - 'A');
    t.y = (float)(i % 3);
    t.rot = 0.1f * (float)(i % 5);
    t.scale = 1.0f + 0.05f * (float)(i % 4);
    ids.push_back(scene.add_child(parent, alpha.substr((size_t)i % 20, 3) + std::to_string(i), t));
  }
  int deepest = 0;
  float maxx = 0;
  for (size_t i = 0; i < scene.size(); i++) {
    int d = scene.depth((int)i);
    if (d > deepest) deepest = d;
    Transform w = scene.world((int)i);
    if (w.x > maxx) maxx = w.x;
  }
  std::printf("%zu nodes, depth %d, max x %.2f, root children %d\n", scene.size(), deepest, maxx,
              scene.node(0).nchildren);
  return 0;
}
