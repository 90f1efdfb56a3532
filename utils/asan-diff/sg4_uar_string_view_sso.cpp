// EXPECT: stack-use-after-return
// FLAGS: -std=c++17
// A function returns a std::string_view of its local std::string; the
// short string lives inside the string object, in the returned frame.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
__attribute__((noinline)) static std::string_view label(int n) {
  std::string s = "id-" + std::to_string(n);
  return s;
}
int main(int argc, char **argv) {
  std::string_view v = label(std::atoi(argv[1]));
  std::printf("%c\n", v[argc]); // BUG
  return 0;
}
