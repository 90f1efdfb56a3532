// EXPECT: stack-use-after-scope
// A std::string_view of a temporary short std::string: its characters were
// inside the temporary, on the stack.
#include <cstdio>
#include <string>
#include <string_view>
__attribute__((noinline)) std::string tag(int n) { return "t" + std::to_string(n); }
int main(int argc, char **argv) {
  std::string_view v = tag(argc * 7);
  std::printf("%c\n", v[1]); // BUG
  return 0;
}
