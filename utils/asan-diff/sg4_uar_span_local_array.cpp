// EXPECT: stack-use-after-return
// FLAGS: -std=c++20
// A function returns a std::span over its local std::array.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <span>
__attribute__((noinline)) static std::span<const int> squares(int n) {
  std::array<int, 8> a;
  for (int i = 0; i < 8; i++) a[i] = (n + i) * (n + i);
  return std::span<const int>(a);
}
int main(int argc, char **argv) {
  std::span<const int> s = squares(std::atoi(argv[1]));
  long t = 0;
  for (int v : s) t += v; // BUG
  std::printf("%ld %d\n", t, argc);
  return 0;
}
