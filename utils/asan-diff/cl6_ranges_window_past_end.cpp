// EXPECT: stack-buffer-overflow
// FLAGS: -std=c++20
// A moving-average filter over a local std::array using C++20 ranges: the
// windows are std::ranges::subrange slices whose start indices come from
// views::iota. The iota bound is N - W + 2 instead of N - W + 1, so the
// last window extends one element past the end of the array and the sum
// over it reads past the local.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <ranges>

constexpr size_t N = 29, W = 4;

__attribute__((noinline)) static double smooth(int seed, std::array<double, N> &out) {
  std::array<int, N> raw;
  for (size_t i = 0; i < N; i++) raw[i] = (int)((i * 37 + (size_t)seed) % 101);
  size_t k = 0;
  double last = 0;
  for (size_t i : std::views::iota(size_t{0}, N - W + 2)) {
    std::ranges::subrange win(raw.begin() + i, raw.begin() + i + W);
    long sum = 0;
    for (int v : win) sum += v;  // BUG
    last = (double)sum / W;
    if (k < N) out[k++] = last;
  }
  return last;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::array<double, N> out{};
  double l = smooth(n, out);
  std::printf("%.2f %.2f\n", l, std::accumulate(out.begin(), out.end(), 0.0));
  return 0;
}
