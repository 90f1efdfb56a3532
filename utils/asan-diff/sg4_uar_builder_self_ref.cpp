// EXPECT: stack-use-after-return
// A factory returns a reference obtained from a fluent setter called on its
// local builder object.
#include <cstdio>
#include <cstdlib>
struct Builder {
  int width = 0, height = 0;
  char name[12] = {};
  Builder &w(int v) { width = v; return *this; }
  Builder &h(int v) { height = v; return *this; }
};
__attribute__((noinline)) static Builder &make(int n) {
  Builder b;
  return b.w(n).h(n * 2);
}
int main(int argc, char **argv) {
  Builder &b = make(std::atoi(argv[1]));
  std::printf("%d %d\n", b.height, argc); // BUG
  return 0;
}
