// EXPECT: stack-use-after-return
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
__attribute__((noinline)) static const int &largest(int a, int b, int c) {
  std::array<int, 3> vals{a, b, c};
  return *std::max_element(vals.begin(), vals.end());
}
int main(int argc, char **argv) {
  const int &m = largest(argc, std::atoi(argv[1]), 4);
  std::printf("%d\n", m); // BUG
  return 0;
}
