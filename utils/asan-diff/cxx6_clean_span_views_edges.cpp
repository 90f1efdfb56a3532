// EXPECT: none
// FLAGS: -std=c++20
// Clean: spans and range views used at their exact edges - last(size()),
// subspan to the end, views::counted over the whole array, take/reverse
// over an owned vector, and a returned vector kept alive by a named
// variable before a const span is taken.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <ranges>
#include <span>
#include <vector>

__attribute__((noinline)) static std::vector<double> read(int n, double scale) {
  std::vector<double> out(n);
  for (int i = 0; i < n; i++) out[i] = i * scale;
  return out;
}

__attribute__((noinline)) static double tail_sum(std::span<const double> s, size_t k) {
  double acc = 0;
  for (double x : s.last(k) | std::views::reverse | std::views::take(k)) acc += x;
  return acc;
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<double> owned = read(n, 0.5);
  owned.shrink_to_fit();
  std::span<const double> all = owned;
  double a = tail_sum(all, all.size());
  double b = tail_sum(all.subspan(all.size() - 1), 1);
  auto empty = all.subspan(all.size());
  std::array<int, 8> fields{};
  std::iota(fields.begin(), fields.end(), argv[2][0]);
  long f = 0;
  for (int v : std::views::counted(fields.data(), static_cast<long>(fields.size()))) f += v;
  const int *end = fields.data() + fields.size();   // one past: compare only
  long g = 0;
  for (const int *p = fields.data(); p != end; ++p) g += *p;
  std::printf("%.1f %.1f %zu %ld %ld %d\n", a, b, empty.size(), f, g, argc);
  return 0;
}
