// EXPECT: none
// A scene graph stored by value in a std::vector and linked by index: adding a child takes
// the parent's index, pushes the child, and only then re-fetches the parent by index; a
// reference held across a push_back is avoided, and a pre-reserved vector keeps pointers
// valid for the one pass that needs them.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

struct Node {
  std::string name;
  int parent = -1, first_child = -1, next_sibling = -1;
  float x = 0, y = 0;
};

class Scene {
public:
  int add(int parent, std::string name, float dx, float dy) {
    Node n;
    n.name = std::move(name);
    n.parent = parent;
    if (parent >= 0) {
      n.x = nodes_[parent].x + dx;
      n.y = nodes_[parent].y + dy;
      n.next_sibling = nodes_[parent].first_child;
    }
    nodes_.push_back(std::move(n));
    int idx = static_cast<int>(nodes_.size()) - 1;
    if (parent >= 0) nodes_[parent].first_child = idx; // re-fetched after the push_back
    return idx;
  }
  int depth(int i) const {
    int d = 0;
    while ((i = nodes_[i].parent) >= 0) d++;
    return d;
  }
  std::vector<const Node *> leaves() const {
    std::vector<const Node *> out;
    out.reserve(nodes_.size());
    for (const Node &n : nodes_)
      if (n.first_child < 0) out.push_back(&n);
    return out;
  }
  size_t size() const { return nodes_.size(); }
  const Node &at(int i) const { return nodes_[i]; }

private:
  std::vector<Node> nodes_;
};

int main(int argc, char **argv) {
  int depth = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string letters = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  Scene s;
  int cur = s.add(-1, "root-node-with-a-long-name", 0, 0);
  for (int d = 0; d < depth; d++) {
    int first = -1;
    for (int k = 0; k < 3; k++) {
      int c = s.add(cur, letters.substr((d + k) % 20, 1 + k) + "/" + std::to_string(d), 1.5f * k, -1.0f);
      if (first < 0) first = c;
    }
    cur = first;
  }
  std::vector<const Node *> lv = s.leaves();
  float maxx = 0;
  for (const Node *n : lv) maxx = n->x > maxx ? n->x : maxx;
  std::printf("%zu nodes, %zu leaves, deepest %s at depth %d, max x %.1f\n", s.size(), lv.size(), s.at(cur).name.c_str(),
              s.depth(cur), maxx);
  return 0;
}
