// EXPECT: heap-use-after-free
#include <cstdio>
#include <memory>
struct Cfg { int level; char name[12]; };
int main(int argc, char **argv) {
  auto u = std::make_unique<Cfg>();
  u->level = argc;
  Cfg *raw = u.get();
  u.reset();
  std::printf("%d\n", raw->level); // BUG
  return 0;
}
