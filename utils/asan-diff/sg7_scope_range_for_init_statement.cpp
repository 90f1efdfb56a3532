// EXPECT: stack-use-after-scope
// FLAGS: -std=c++20
// A C++20 range-for with an init-statement: the buffer declared in the
// init-statement lives only for the loop, but the loop saves a pointer to
// the largest element, which is read after the loop.
#include <array>
#include <cstdio>
#include <cstdlib>
__attribute__((noinline)) static std::array<int, 6> sample(int n) {
  return {n, n * 3 % 7, n + 4, n * 2, 1, n - 1};
}
__attribute__((noinline)) static int report(const int *p) {
  return *p * 10; // BUG
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  const int *best = nullptr;
  for (auto buf = sample(n + argc); const int &v : buf)
    if (!best || v > *best) best = &v;
  std::printf("%d\n", report(best));
  return 0;
}
