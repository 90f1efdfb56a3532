// EXPECT: heap-use-after-free
// FLAGS: -std=c++17
// A string_view bound to ostringstream::str()'s temporary is searched with find() after the temporary died.
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string_view>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::ostringstream os;
  os << argv[2] << '-' << n << '-' << argv[2];
  std::string_view v = os.str();
  size_t at = v.find('Z', n); // BUG
  std::printf("%zu\n", at);
  return 0;
}
