// EXPECT: heap-use-after-free
// A scene graph with nodes stored by value in a std::vector and linked by index. Adding a child
// takes a reference to the parent node, then push_back()s the child into the same vector; when
// that reallocates, the reference dangles and the parent's child count is bumped in freed memory.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

struct Node {
  std::string name;
  int parent = -1;
  int first_child = -1, next_sibling = -1;
  int children = 0;
  float x = 0, y = 0;
};

class Scene {
public:
  int add_root(const std::string &name) {
    nodes_.push_back(Node{ name });
    return static_cast<int>(nodes_.size()) - 1;
  }

  int add_child(int parent_idx, const std::string &name, float dx, float dy) {
    Node &parent = nodes_[parent_idx];
    Node child;
    child.name = name;
    child.parent = parent_idx;
    child.x = parent.x + dx;
    child.y = parent.y + dy;
    child.next_sibling = parent.first_child;
    nodes_.push_back(child);
    parent.first_child = static_cast<int>(nodes_.size()) - 1; // BUG
    parent.children++;
    return parent.first_child;
  }

  std::string path(int idx) const {
    std::string p;
    for (int i = idx; i >= 0; i = nodes_[i].parent) p = "/" + nodes_[i].name + p;
    return p;
  }

  int count_below(int idx) const {
    int n = 0;
    for (int c = nodes_[idx].first_child; c >= 0; c = nodes_[c].next_sibling) n += 1 + count_below(c);
    return n;
  }

  size_t size() const { return nodes_.size(); }
  const Node &node(int i) const { return nodes_[i]; }

private:
  std::vector<Node> nodes_;
};

int main(int argc, char **argv) {
  int depth = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string letters = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  Scene scene;
  int root = scene.add_root("world");
  int cur = root;
  for (int d = 0; d < depth; d++) {
    int first = -1;
    for (int k = 0; k < 3; k++) {
      std::string name = letters.substr((d + k) % 20, 1 + k) + std::to_string(d);
      int c = scene.add_child(cur, name, 1.5f * k, -0.5f * d);
      if (first < 0) first = c;
    }
    cur = first;
  }
  std::printf("%zu nodes, %d below root\n", scene.size(), scene.count_below(root));
  std::printf("deepest: %s at (%.1f, %.1f)\n", scene.path(cur).c_str(), scene.node(cur).x, scene.node(cur).y);
  return 0;
}
