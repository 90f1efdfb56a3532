// EXPECT: stack-use-after-scope
// A function returns its const& parameter; called without the argument, the
// parameter binds to a temporary made from the default argument, which dies
// at the end of the caller's declaration.
#include <cstdio>
#include <cstdlib>
int g_level = 2;
struct Options { int level[4]; Options() { for (int &l : level) l = g_level++; } };
__attribute__((noinline)) static const Options &effective(const Options &o = Options()) { return o; }
__attribute__((noinline)) static int show(const Options &o, int i) { return o.level[i]; } // BUG
int main(int argc, char **argv) {
  g_level = std::atoi(argv[1]);
  const Options &o = effective();
  std::printf("%d\n", show(o, argc));
  return 0;
}
