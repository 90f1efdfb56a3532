// EXPECT: none
// A global weak_ptr outlives its object: the object is destroyed, the make_shared block kept only for the control block, reached from the global.
#include <cstdio>
#include <cstdlib>
#include <memory>
struct Obj { int v[8]; };
std::weak_ptr<Obj> *g_weak = new std::weak_ptr<Obj>;
__attribute__((noinline)) static void make(int n) {
  auto s = std::make_shared<Obj>();
  s->v[0] = n;
  *g_weak = s;
}
int main(int argc, char **argv) {
  make(std::atoi(argv[1]));
  std::printf("%d\n", (int)g_weak->expired());
  return 0;
}
