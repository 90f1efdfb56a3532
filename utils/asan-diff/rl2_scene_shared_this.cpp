// EXPECT: bad-free
// SceneNode::handle() returns std::shared_ptr<SceneNode>(this) instead of shared_from_this(); the selection drops its handle and deletes a node that make_shared placed inside its control block
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

struct Transform {
  double x = 0, y = 0, scale = 1;
  Transform then(const Transform &o) const { return {x + o.x * scale, y + o.y * scale, scale * o.scale}; }
};

class SceneNode : public std::enable_shared_from_this<SceneNode> {
public:
  explicit SceneNode(std::string name, Transform t) : name_(std::move(name)), local_(t) {}
  void attach(const std::shared_ptr<SceneNode> &child) {
    child->parent_ = weak_from_this();
    children_.push_back(child);
  }
  Transform world() const {
    auto p = parent_.lock();
    return p ? p->world().then(local_) : local_;
  }
  int count() const {
    int n = 1;
    for (const auto &c : children_) n += c->count();
    return n;
  }
  void detach_all() {
    for (auto &c : children_) c->parent_.reset();
    children_.clear();
  }
  std::shared_ptr<SceneNode> handle() { return std::shared_ptr<SceneNode>(this); }   // a second, unrelated owner
  const std::string &name() const { return name_; }
  const std::vector<std::shared_ptr<SceneNode>> &children() const { return children_; }

private:
  std::string name_;
  Transform local_;
  std::weak_ptr<SceneNode> parent_;
  std::vector<std::shared_ptr<SceneNode>> children_;
};

struct Selection {
  std::vector<std::shared_ptr<SceneNode>> picked;
  void pick(SceneNode &n) { picked.push_back(n.handle()); }
  void clear() { picked.clear(); } // BUG
};

static double sum_x(const SceneNode &n) {
  double s = n.world().x;
  for (const auto &c : n.children()) s += sum_x(*c);
  return s;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string word = argc > 2 ? argv[2] : "node";
  auto root = std::make_shared<SceneNode>("root", Transform{1, 2, 1});
  auto layer = std::make_shared<SceneNode>("layer-" + word.substr(0, 4), Transform{10, 0, 0.5});
  root->attach(layer);
  for (int i = 0; i < n; i++) {
    auto leaf = std::make_shared<SceneNode>(word.substr(static_cast<size_t>(i) % word.size(), 3), Transform{double(i), double(-i), 1});
    layer->attach(leaf);
  }
  std::printf("nodes=%d sum_x=%.2f first=%s\n", root->count(), sum_x(*root), layer->children().front()->name().c_str());
  Selection sel;
  sel.pick(*layer->children()[static_cast<size_t>(n / 2)]);
  std::printf("picked=%s\n", sel.picked.front()->name().c_str());
  sel.clear();
  layer->detach_all();
  root->detach_all();
  return 0;
}
