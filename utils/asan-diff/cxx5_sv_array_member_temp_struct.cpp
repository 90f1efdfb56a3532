// EXPECT: stack-use-after-scope
// A string_view into the char array of a temporary struct is used after the full-expression.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>
struct Label {
  std::array<char, 24> text{};
  std::string_view view() const { return {text.data(), std::strlen(text.data())}; }
};
static Label make_label(const char *s, int n) {
  Label l;
  std::snprintf(l.text.data(), l.text.size(), "%.*s", n, s);
  return l;
}
int main(int argc, char **argv) {
  std::string_view title = make_label(argv[2], std::atoi(argv[1])).view();
  int vowels = 0;
  for (char c : title) vowels += std::strchr("AEIOU", c) != nullptr; // BUG
  std::printf("%d\n", vowels);
  return 0;
}
