// EXPECT: stack-use-after-return
// FLAGS: -std=c++20
// A helper returns a lazy std::views::transform pipeline over the caller's
// prices. Its lambda captures the by-value `rate` parameter by reference
// ([&]), so the view outlives the parameter: evaluating it after the
// helper returns reads the helper's dead frame.
#include <cstdio>
#include <cstdlib>
#include <ranges>
#include <vector>

__attribute__((noinline)) static auto with_tax(const std::vector<double> &prices, double rate) {
  return prices | std::views::filter([](double p) { return p > 0; })
                | std::views::transform([&](double p) { return p * (1.0 + rate); }); // BUG
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<double> prices;
  for (int i = 0; i < n; i++) prices.push_back(argv[2][i] - 'A');
  auto taxed = with_tax(prices, 0.01 * argc);
  double total = 0;
  for (double p : taxed) total += p;
  std::printf("%.2f\n", total);
  return 0;
}
