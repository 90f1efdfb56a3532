// EXPECT: heap-use-after-free
// FLAGS: -std=c++23
// A config parser returns std::expected<std::string, Error>. The caller
// takes `.value()` of the returned temporary (an rvalue reference to the
// string inside it) and converts it to a std::string_view. The expected
// temporary - and the long string's heap buffer - die at the end of the
// statement, leaving the view dangling.
#include <cstdio>
#include <cstdlib>
#include <expected>
#include <string>
#include <string_view>

enum class Error { empty, too_long };

__attribute__((noinline)) static std::expected<std::string, Error>
parse_home(const char *raw, int repeat) {
  if (!raw || !*raw) return std::unexpected(Error::empty);
  std::string out = "/home/";
  for (int i = 0; i < repeat; i++) out += raw;
  if (out.size() > 4096) return std::unexpected(Error::too_long);
  return out;
}

__attribute__((noinline)) static int count_upper(std::string_view s) {
  int n = 0;
  for (char c : s) n += (c >= 'A' && c <= 'Z'); // BUG
  return n;
}

int main(int argc, char **argv) {
  int rep = std::atoi(argv[1]) / 5;
  std::string_view home = parse_home(argv[2], rep).value();
  int upper = count_upper(home);
  std::printf("%d upper in %zu chars (%d)\n", upper, home.size(), argc);
  return 0;
}
