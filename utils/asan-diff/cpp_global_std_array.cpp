// EXPECT: global-buffer-overflow
#include <array>
#include <cstdio>
#include <cstdlib>
std::array<short, 6> arr{};
int main(int argc, char **argv) {
  int k = atoi(argv[1]) - 4;
  arr.data()[k] = 7; // BUG
  std::printf("%d\n", arr[0]);
  return 0;
}
