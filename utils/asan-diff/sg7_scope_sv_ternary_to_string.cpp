// EXPECT: stack-use-after-scope
// FLAGS: -std=c++17
// A label is either a caller-provided name or a number formatted on the
// fly; the string_view is taken from std::to_string's temporary (short,
// so its characters live inside the temporary std::string on the stack).
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
__attribute__((noinline)) static int label_weight(std::string_view v) {
  int w = 0;
  for (char c : v) w = w * 7 + c; // BUG
  return w;
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  const char *given = argc > 5 ? argv[2] : nullptr;
  std::string_view label = given ? std::string_view(given) : std::string_view(std::to_string(n * 37));
  std::printf("%d\n", label_weight(label));
  return 0;
}
