// EXPECT: none
// FLAGS: -std=c++17
// std::variant, std::optional and std::tuple locals on the stack: visit with
// generic lambdas, emplace/reset cycles, references into active
// alternatives used while they stay active.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <tuple>
#include <variant>
using Value = std::variant<int, double, std::string, std::array<int, 6>>;
__attribute__((noinline)) static Value make(int i) {
  switch (i % 4) {
  case 0: return i;
  case 1: return i * 0.5;
  case 2: return std::string(i % 3 + 2, 'q');
  default: return std::array<int, 6>{i, i, i, i, i, i};
  }
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]) * 4;
  double t = 0;
  std::optional<std::tuple<int, std::string, double>> last;
  for (int i = 0; i < n; i++) {
    Value v = make(i + argc);
    t += std::visit([](auto &x) -> double {
      using T = std::decay_t<decltype(x)>;
      if constexpr (std::is_same_v<T, std::string>) return x.size();
      else if constexpr (std::is_same_v<T, std::array<int, 6>>) return x[5];
      else return x;
    }, v);
    if (auto *arr = std::get_if<std::array<int, 6>>(&v)) t += (*arr)[0];
    last.emplace(i, std::to_string(i), t);
    if (i % 3 == 0) last.reset();
  }
  if (last) t += std::get<1>(*last).size();
  std::printf("%f\n", t);
  return 0;
}
