// EXPECT: stack-buffer-overflow
// FLAGS: -std=c++20
// A std::span over a local array is cut with subspan(offset, count) where
// offset + count exceeds the array; summing the subspan reads past it.
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <span>
__attribute__((noinline)) static int window_sum(std::span<const int> s) {
  int t = 0;
  for (int v : s) t += v; // BUG
  return t;
}
int main(int argc, char **argv) {
  int samples[8];
  std::iota(samples, samples + 8, argc);
  std::span<const int> all(samples);
  size_t off = std::atoi(argv[1]) - 5; // 5
  std::printf("%d\n", window_sum(all.subspan(off, 4)));
  return 0;
}
