// EXPECT: stack-use-after-scope
// FLAGS: -std=c++20
// Range-for over a std::span of a std::array returned by value: before
// C++23 the array temporary dies at the end of the range initializer.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <span>
__attribute__((noinline)) static std::array<int, 6> make(int n) { return {n, n + 1, n + 2, n + 3, n + 4, n + 5}; }
int main(int argc, char **argv) {
  long s = 0;
  for (int v : std::span<const int>(make(std::atoi(argv[1])))) // BUG
    s += v;
  std::printf("%ld %d\n", s, argc);
  return 0;
}
