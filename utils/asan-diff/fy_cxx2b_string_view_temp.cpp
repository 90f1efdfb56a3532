// EXPECT: heap-use-after-free
// FLAGS: -std=c++2b
// C++23: a std::string_view taken from a temporary std::string (the
// result of operator+) outlives the temporary; std::string::contains
// (C++23) is used on the dangling view's data via a copy.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

static std::string make_key(const char *a, const char *b) {
  return std::string(a) + "::" + b + "::suffix-long-enough-for-heap";
}

int main(int argc, char **argv) {
  std::string_view key = make_key(argv[1], argv[2]);
  std::string copy(key); // BUG
  std::printf("%d %zu\n", copy.contains("::"), copy.size());
  return 0;
}
