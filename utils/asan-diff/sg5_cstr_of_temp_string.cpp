// EXPECT: stack-use-after-scope
// const char* taken from c_str() of a temporary short std::string: the
// temporary (its characters in place) dies at the end of the declaration.
#include <cstdio>
#include <string>
__attribute__((noinline)) static std::string label(int n) { return "id" + std::to_string(n); }
__attribute__((noinline)) static int first_digit(const char *s) { return s[2] - '0'; } // BUG
int main(int argc, char **argv) {
  const char *p = label(argc + 4).c_str();
  std::printf("%d\n", first_digit(p));
  return 0;
}
