// EXPECT: stack-use-after-scope
// FLAGS: -std=c++17
// A reference bound to value() of a temporary std::optional: the optional
// dies at the end of the full expression.
#include <cstdio>
#include <cstdlib>
#include <optional>
__attribute__((noinline)) static std::optional<long> parse(const char *s) {
  long v = std::atol(s);
  if (v <= 0) return std::nullopt;
  return v * 7;
}
int main(int argc, char **argv) {
  const long &v = parse(argv[1]).value();
  std::printf("%ld %d\n", v, argc); // BUG
  return 0;
}
