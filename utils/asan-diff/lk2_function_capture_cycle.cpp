// EXPECT: leak
// An object stores a std::function whose lambda captures a shared_ptr to the object itself (plus a payload big enough to put the functor on the heap): a cycle, never freed.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <memory>
struct Node {
  std::function<int()> cb;
  int v[4];
};
__attribute__((noinline)) static int make(int n) {
  auto node = std::make_shared<Node>(); // BUG
  node->v[0] = n;
  long a = n, b = n * 2, c = n * 3;
  node->cb = [node, a, b, c]() { return (int)(node->v[0] + a + b + c); };
  return node->cb();
}
__attribute__((noinline, no_sanitize("address"))) static void scrub() {
  char z[16384];
  std::memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  int r = make(std::atoi(argv[1]));
  scrub();
  std::printf("%d\n", r);
  return 0;
}
