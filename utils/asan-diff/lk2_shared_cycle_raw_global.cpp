// EXPECT: none
// Two objects own each other through shared_ptr members (a cycle), and a global raw pointer still points to one of them at exit: reachable, not lost.
#include <cstdio>
#include <cstdlib>
#include <memory>
struct Node { std::shared_ptr<Node> other; int v[6]; };
Node *g_peek;
__attribute__((noinline)) static void make(int n) {
  auto a = std::make_shared<Node>();
  auto b = std::make_shared<Node>();
  a->other = b;
  b->other = a;
  a->v[0] = n;
  g_peek = a.get();
}
int main(int argc, char **argv) {
  make(std::atoi(argv[1]));
  std::printf("%d\n", g_peek->other->other->v[0]);
  return 0;
}
