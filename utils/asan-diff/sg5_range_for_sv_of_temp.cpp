// EXPECT: stack-use-after-scope
// FLAGS: -std=c++20
// Range-for over a std::string_view made from a temporary short string:
// the string dies at the end of the range initializer, before the body.
#include <cstdio>
#include <string>
#include <string_view>
__attribute__((noinline)) static std::string word(int n) { return "w" + std::to_string(n) + "x"; }
int main(int argc, char **argv) {
  int up = 0;
  for (char c : std::string_view(word(argc + 40))) // BUG
    up += c >= 'a';
  std::printf("%d\n", up);
  return 0;
}
