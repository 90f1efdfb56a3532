// EXPECT: double-free
#include <cstdio>
struct Node { int v; Node *next; };
int main(int argc, char **argv) {
  Node *a = new Node{argc, nullptr};
  Node *b = a;
  __asm__ volatile("" : : "r"(a) : "memory");
  std::printf("%d\n", a->v);
  delete a;
  delete b; // BUG
  return 0;
}
