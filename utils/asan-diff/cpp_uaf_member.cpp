// EXPECT: heap-use-after-free
#include <cstdio>
struct Node { int v; Node *next; };
int main(int argc, char **argv) {
  Node *n = new Node{argc, nullptr};
  delete n;
  std::printf("%d\n", n->v); // BUG
  return 0;
}
