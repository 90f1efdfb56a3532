// EXPECT: global-buffer-overflow (a variable template's instance is a comdat global: neither tool pads it)
// FLAGS: -std=c++17
// A variable template's array (comdat data), read one past its end.
#include <cstdio>
#include <cstdlib>
template <int N> int powers[N] = {1, 2, 4, 8, 16};
int main(int argc, char **argv) {
  int k = std::atoi(argv[1]) - 5; /* 5 */
  std::printf("%d %d\n", powers<5>[k], argc); // BUG
  return 0;
}
