// EXPECT: stack-buffer-overflow
#include <algorithm>
#include <array>
#include <cstdio>
#include <vector>
int main(int argc, char **argv) {
  std::vector<int> src(8 + argc, 3);
  std::array<int, 8> dst{};
  std::copy(src.begin(), src.end(), dst.begin()); // BUG
  std::printf("%d\n", dst[0]);
  return 0;
}
