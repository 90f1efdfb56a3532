// EXPECT: stack-use-after-scope
// FLAGS: -std=c++20
// C++20 parenthesized aggregate initialization does not extend the lifetime
// of temporaries bound to reference members (braces would); the bounds are
// read after the declaration.
#include <cstdio>
#include <cstdlib>
struct Range { const long &lo; const long &hi; };
__attribute__((noinline)) static bool contains(const Range &r, long v) { return r.lo <= v && v < r.hi; } // BUG
int main(int argc, char **argv) {
  long base = std::atol(argv[1]);
  Range r(base - 1, base + argc);
  std::printf("%d\n", contains(r, base));
  return 0;
}
