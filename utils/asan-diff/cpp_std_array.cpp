// EXPECT: stack-buffer-overflow
#include <array>
#include <cstdio>
#include <cstdlib>
int main(int argc, char **argv) {
  std::array<int, 5> a{};
  int k = atoi(argv[1]);
  a.data()[k] = 1; // BUG
  std::printf("%d\n", a[0]);
  return 0;
}
