// EXPECT: heap-use-after-free
// A reference into a std::deque's later block is used after clear().
#include <cstdio>
#include <cstdlib>
#include <deque>
struct Sample { double t; double v; };
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::deque<Sample> window;
  for (int i = 0; i < 100 * n; i++) window.push_back({i * 0.5, argv[2][i % 26] * 1.0});
  const Sample &last = window.back();
  window.clear();
  window.push_back({0, 0});
  std::printf("%zu last t=%f\n", window.size(), last.t); // BUG
  return 0;
}
