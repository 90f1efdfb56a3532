// EXPECT: global-buffer-overflow
// A global std::array<double, 10> summed with `<=` through operator[].
#include <array>
#include <cstdio>
#include <cstdlib>
std::array<double, 10> samples;
int main(int argc, char **argv) {
  for (int i = 0; i < 10; i++) samples[i] = i * 0.25 + argc;
  size_t n = std::strtoul(argv[1], nullptr, 10);
  double s = 0;
  for (size_t i = 0; i <= n; i++) s += samples[i]; // BUG
  std::printf("%f\n", s);
  return 0;
}
