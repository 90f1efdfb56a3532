// EXPECT: stack-use-after-scope
// FLAGS: -std=c++17
// Structured bindings of two string_views that split(), called on a
// temporary short std::string, returns into that string.
#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
__attribute__((noinline)) static std::pair<std::string_view, std::string_view> split(const std::string &s) {
  auto k = s.find('=');
  return {std::string_view(s).substr(0, k), std::string_view(s).substr(k + 1)};
}
int main(int argc, char **argv) {
  auto [key, value] = split(std::string("k=") + argv[1]);
  std::printf("%c%c\n", key[0], value[0]); // BUG
  return 0;
}
