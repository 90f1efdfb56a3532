// EXPECT: global-buffer-overflow
// A class's static 2-D array: its last row's read runs one past the end.
#include <cstdio>
#include <cstdlib>
class Kernel {
 public:
  static float w[3][3];
  static float row_sum(int r, int n) {
    float s = 0;
    for (int c = 0; c < n; c++) s += w[r][c]; // BUG
    return s;
  }
};
float Kernel::w[3][3] = {{1, 2, 1}, {2, 4, 2}, {1, 2, 1}};
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]) - 6; /* 4 */
  std::printf("%f\n", Kernel::row_sum(2, n) + argc);
  return 0;
}
