// EXPECT: stack-use-after-scope
// A Renderer keeps `const Theme&` given to its constructor; main builds
// it from a temporary Theme, which dies at the end of the declaration
// (reference members bound in a constructor's mem-initializer do not
// extend lifetime).
#include <cstdio>
#include <cstdlib>
struct Theme {
  int fg, bg, accent[4];
};
class Renderer {
public:
  explicit Renderer(const Theme &t) : theme_(t) {}
  __attribute__((noinline)) int color(int i) const {
    return theme_.accent[i & 3] + theme_.fg; // BUG
  }
private:
  const Theme &theme_;
};
__attribute__((noinline)) static Theme load_theme(int n) {
  return Theme{n, n + 1, {n * 2, n * 3, n * 4, n * 5}};
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  Renderer r(load_theme(n));
  std::printf("%d\n", r.color(argc));
  return 0;
}
