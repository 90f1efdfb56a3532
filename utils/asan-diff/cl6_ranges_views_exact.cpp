// EXPECT: none
// FLAGS: -std=c++20
// Signal processing with C++20 ranges over local arrays of odd lengths:
// views::filter / transform / take / drop / reverse / iota / zip-like
// index pairs, a sliding-window sum implemented with views::iota and
// subranges ending exactly at end(), std::ranges algorithms (sort,
// partial_sort_copy, lower_bound) writing into exactly sized outputs.
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <ranges>

namespace rv = std::views;

template <size_t N>
__attribute__((noinline)) static long window_sums(const std::array<int, N> &a, size_t w,
                                                  std::array<long, N> &out) {
  size_t k = 0;
  for (size_t i : rv::iota(size_t{0}, N - w + 1)) {
    std::ranges::subrange win(a.begin() + i, a.begin() + i + w);
    out[k++] = std::accumulate(win.begin(), win.end(), 0L);
  }
  return (long)k;
}

template <size_t N> __attribute__((noinline)) static long process(int seed) {
  std::array<int, N> raw;
  for (size_t i = 0; i < N; i++) raw[i] = (int)((i * 2654435761u + seed) % 1000) - 500;
  auto pos = raw | rv::filter([](int v) { return v > 0; }) |
             rv::transform([](int v) { return v * 2; });
  long s = 0;
  for (int v : pos | rv::take(N / 2)) s += v;
  for (int v : raw | rv::reverse | rv::drop(N - 3)) s += v;  // the first three
  std::array<long, N> sums;
  long k = window_sums(raw, 5, sums);
  s += sums[k - 1];
  std::array<int, N> sorted = raw;
  std::ranges::sort(sorted);
  std::array<int, 7> top;
  std::ranges::partial_sort_copy(raw, top, std::ranges::greater{});
  s += top.back() + sorted.back();
  auto it = std::ranges::lower_bound(sorted, 0);
  s += it - sorted.begin();
  auto idx = rv::iota(size_t{0}, N) | rv::filter([&](size_t i) { return i + 1 == N || raw[i] < raw[i + 1]; });
  for (size_t i : idx) s += (long)i;
  return s;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  long t = 0;
  for (int seed = 0; seed < n; seed++)
    t += process<13>(seed) + process<31>(seed) + process<97>(seed) + process<1001>(seed);
  std::printf("%ld\n", t);
  return 0;
}
