// EXPECT: leak
// A DOM-like tree uses an intrusive reference count (like boost's
// intrusive_ptr): each Node holds counted references to its children, and
// each child holds a counted reference back to its parent. When the document
// handle is released, the parent/child cycles keep every count above zero:
// nothing is deleted and the whole tree (nodes and their text buffers) is
// unreachable. The document handle itself is released correctly.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

struct Node;
void retain(Node *n);
void release(Node *n);

template <class T>
class Ref {
  T *p_ = nullptr;

 public:
  Ref() = default;
  explicit Ref(T *p) : p_(p) { if (p_) retain(p_); }
  Ref(const Ref &o) : p_(o.p_) { if (p_) retain(p_); }
  Ref &operator=(const Ref &o) {
    if (o.p_) retain(o.p_);
    if (p_) release(p_);
    p_ = o.p_;
    return *this;
  }
  ~Ref() { if (p_) release(p_); }
  T *operator->() const { return p_; }
  T *get() const { return p_; }
};

struct Node {
  int refs = 0;
  std::string text;
  Ref<Node> parent; // BUG: should be a raw (non-owning) back pointer
  std::vector<Ref<Node>> children;
};

void retain(Node *n) { n->refs++; }
void release(Node *n) {
  if (--n->refs == 0) delete n;
}

__attribute__((noinline)) static Ref<Node> make(const Ref<Node> &parent, int depth, int n, int id) {
  Ref<Node> node(new Node);
  node->text = std::string(static_cast<size_t>(n + 16 + id), 'a' + depth);
  node->parent = parent;
  if (depth < 2)
    for (int i = 0; i < 2; i++) node->children.push_back(make(node, depth + 1, n, id * 2 + i));
  return node;
}

__attribute__((noinline)) static size_t build_and_drop(int n) {
  Ref<Node> doc = make(Ref<Node>(), 0, n, 1);
  return doc->children.size() + doc->children[0]->children.size();
}

__attribute__((noinline, no_sanitize("address"))) static void scrub() {
  char z[16384];
  std::memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  size_t kids = build_and_drop(n);
  scrub();
  std::printf("children seen %zu\n", kids);
  return 0;
}
