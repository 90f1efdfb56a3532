// EXPECT: stack-use-after-scope
// std::clamp with bounds computed in place returns a reference to the
// temporary upper bound once the value is clamped.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
__attribute__((noinline)) static long use(const long &v) { return v * 2; }
int main(int argc, char **argv) {
  long v = std::atol(argv[1]) * 100;
  long lo = argc;
  const long &c = std::clamp(v, lo - 1, lo + 50);
  std::printf("%ld\n", use(c)); // BUG
  return 0;
}
