// EXPECT: stack-use-after-scope
// FLAGS: -std=c++20
// A perfect-forwarding identity lambda returns decltype(auto), i.e. a Point&&
// to its temporary argument; the auto&& bound to the result dangles.
#include <cstdio>
#include <cstdlib>
#include <utility>
struct Point { int x, y, z; };
__attribute__((noinline)) static int len1(const Point &p) { return p.x + p.y + p.z; } // BUG
int main(int argc, char **argv) {
  auto pass = [](auto &&v) -> decltype(auto) { return std::forward<decltype(v)>(v); };
  auto &&p = pass(Point{std::atoi(argv[1]), argc, 3});
  std::printf("%d\n", len1(p));
  return 0;
}
