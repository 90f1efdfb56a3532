// EXPECT: leak
// Three objects hold shared_ptrs to each other in a ring; dropping the
// outside owners leaves the cycle (and each object's vector) leaked.
#include <cstdio>
#include <memory>
#include <vector>
struct Node { std::shared_ptr<Node> next; std::vector<int> data; };
__attribute__((noinline)) static long make_ring(int n) {
  auto a = std::make_shared<Node>(); // BUG
  auto b = std::make_shared<Node>();
  auto c = std::make_shared<Node>();
  a->next = b; b->next = c; c->next = a;
  a->data.assign(n, 1); b->data.assign(n, 2); c->data.assign(n, 3);
  return a->data.size() + b.use_count();
}
int main(int argc, char **argv) {
  std::printf("%ld\n", make_ring(argc * 8));
  return 0;
}
