// EXPECT: global-buffer-overflow
#include <cstdio>
#include <cstdlib>
namespace { double table[5]; }
int main(int argc, char **argv) {
  int k = std::atoi(argv[1]) - 5;
  table[k] = 1.0; // BUG
  std::printf("%f\n", table[0]);
  return 0;
}
