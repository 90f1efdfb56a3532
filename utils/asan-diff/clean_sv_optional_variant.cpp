// EXPECT: none
// std::string_view over stack arrays and live strings, std::optional and
// std::variant holding arrays and strings, used at their full extent.
#include <array>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
using V = std::variant<std::array<int, 4>, std::array<char, 9>, std::string>;
__attribute__((noinline)) static long visit_sum(const V &v) {
  return std::visit([](const auto &x) { long s = 0; for (auto c : x) s += c; return s; }, v);
}
__attribute__((noinline)) static std::optional<std::array<short, 7>> maybe(int n) {
  if (n % 3 == 0) return std::nullopt;
  std::array<short, 7> a{};
  for (int i = 0; i < 7; i++) a[i] = (short)(n + i);
  return a;
}
int main(int argc, char **argv) {
  long s = 0;
  char buf[26];
  std::memcpy(buf, argv[2], sizeof buf);
  std::string_view whole(buf, sizeof buf);
  for (size_t i = 0; i + 5 <= whole.size(); i++) s += whole.substr(i, 5).back();
  std::string owner(argv[2]);
  owner += owner;
  std::string_view tail = std::string_view(owner).substr(owner.size() - 3);
  s += tail[2];
  for (int r = 0; r < 300; r++) {
    V v;
    switch (r % 3) {
    case 0: v = std::array<int, 4>{r, r, r, r}; break;
    case 1: v = std::array<char, 9>{'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'}; break;
    default: v = std::string(40 + r % 5, 'z'); break;
    }
    s += visit_sum(v);
    if (auto o = maybe(r)) s += (*o)[6] + o->data()[0];
  }
  std::printf("%ld\n", s);
  return 0;
}
