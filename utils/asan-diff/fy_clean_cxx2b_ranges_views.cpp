// EXPECT: none
// FLAGS: -std=c++2b
// C++23 code: std::string::contains, ranges algorithms and views
// (filter, transform, take, reverse), std::span over a vector and an
// array, std::optional, deducing structured bindings; lifetimes all
// correct (views only over live containers).
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <ranges>
#include <span>
#include <string>
#include <vector>

static std::optional<int> first_even(std::span<const int> s) {
  for (int v : s)
    if (v % 2 == 0) return v;
  return std::nullopt;
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<int> v(n * 3);
  for (int i = 0; i < (int)v.size(); i++) v[i] = (i * 17) % 23;
  std::ranges::sort(v);
  auto sq = v | std::views::filter([](int x) { return x % 3 == 0; }) |
            std::views::transform([](int x) { return x * x; }) |
            std::views::take(5);
  int s = 0;
  for (int x : sq) s += x;
  std::array<int, 7> arr{};
  std::ranges::copy(v | std::views::reverse | std::views::take(7), arr.begin());
  std::string w(argv[2]);
  auto fe = first_even(std::span(arr));
  auto [mn, mx] = std::ranges::minmax(v);
  std::printf("%d %d %d %d %d\n", s, fe.value_or(-1), w.contains("XYZ"), mn, mx);
  return 0;
}
