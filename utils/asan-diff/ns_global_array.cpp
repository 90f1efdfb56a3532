// EXPECT: global-buffer-overflow
#include <cstdio>
#include <cstdlib>
namespace cfg {
double weights[6] = {0.5, 1, 1.5, 2, 2.5, 3};
}
int main(int argc, char **argv) {
  double s = 0;
  for (int i = 0; i < std::atoi(argv[1]) - 3; i++) s += cfg::weights[i]; // BUG
  std::printf("%g\n", s);
  return 0;
}
