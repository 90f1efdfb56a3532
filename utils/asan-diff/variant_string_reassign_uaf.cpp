// EXPECT: heap-use-after-free
// A pointer into the std::string alternative of a std::variant is kept while
// the variant is re-assigned to its int alternative: the string is destroyed
// and its heap buffer freed, then the pointer is read.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <variant>
int main(int argc, char **argv) {
  std::variant<std::string, int> v = std::string(argv[2]) + argv[2];
  const char *p = std::get<std::string>(v).c_str();
  v = std::atoi(argv[1]);
  int k = std::get<int>(v);
  std::printf("%c\n", p[k]); // BUG
  return 0;
}
