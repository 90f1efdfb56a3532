// EXPECT: stack-use-after-return
// An iterator found in a local std::array is returned and dereferenced by
// the caller.
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
__attribute__((noinline)) static std::array<int, 6>::const_iterator first_big(int n) {
  std::array<int, 6> a{n, n + 4, n - 2, n + 9, n, n + 1};
  return std::find_if(a.cbegin(), a.cend(), [n](int v) { return v > n + 5; });
}
int main(int argc, char **argv) {
  auto it = first_big(std::atoi(argv[1]));
  std::printf("%d %d\n", *it, argc); // BUG
  return 0;
}
