// EXPECT: stack-buffer-overflow
// A std::optional<std::array<int, 6>> on the stack: an index computed from
// argv runs one past the array through data(), into the optional's engaged
// flag and then past the object.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <optional>
__attribute__((noinline)) static int sum_to(const std::optional<std::array<int, 6>> &o, int n) {
  int s = 0;
  const int *p = o->data();
  for (int i = 0; i <= n; i++) s += p[i]; // BUG
  return s;
}
int main(int argc, char **argv) {
  std::optional<std::array<int, 6>> o;
  o.emplace();
  for (int i = 0; i < 6; i++) (*o)[i] = i + argc;
  int n = std::atoi(argv[1]) - 2; // 8: reads p[0..8]
  std::printf("%d\n", sum_to(o, n));
  return 0;
}
