// EXPECT: stack-use-after-return
// FLAGS: -std=c++20
// A function returns a generic lambda that captures a structured binding
// of its local pair by reference.
#include <cstdio>
#include <cstdlib>
#include <utility>
__attribute__((noinline)) static auto scaler(int n) {
  std::pair<int, int> p{n, n * 3};
  auto &[base, factor] = p;
  return [&factor](auto x) { return x * factor; };
}
int main(int argc, char **argv) {
  auto f = scaler(std::atoi(argv[1]));
  std::printf("%ld\n", (long)f(argc)); // BUG
  return 0;
}
