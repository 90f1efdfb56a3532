// EXPECT: none
// A shared_ptr cycle (a <-> b) is also owned from outside by a heap shared_ptr that a global reaches and never destroys: reachable, not a cycle leak.
#include <cstdio>
#include <cstdlib>
#include <memory>
struct Node { std::shared_ptr<Node> other; int v[6]; };
std::shared_ptr<Node> *g_owner = new std::shared_ptr<Node>;
__attribute__((noinline)) static void make(int n) {
  auto a = std::make_shared<Node>();
  auto b = std::make_shared<Node>();
  a->other = b;
  b->other = a;
  a->v[0] = n;
  *g_owner = a;
}
int main(int argc, char **argv) {
  make(std::atoi(argv[1]));
  std::printf("%d\n", (*g_owner)->other->other->v[0]);
  return 0;
}
