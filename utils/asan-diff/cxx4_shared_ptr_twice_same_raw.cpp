// EXPECT: double-free
// Two independent std::shared_ptr own the same raw pointer; the second reset deletes it again.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
struct Node {
  char name[16];
  int id;
};
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  Node *raw = new Node;
  std::strncpy(raw->name, argv[2], sizeof raw->name - 1);
  raw->name[15] = '\0';
  raw->id = n;
  std::shared_ptr<Node> a(raw);
  std::shared_ptr<Node> b(raw);
  std::printf("%d %s\n", a->id, b->name);
  a.reset();
  b.reset(); // BUG
  return 0;
}
