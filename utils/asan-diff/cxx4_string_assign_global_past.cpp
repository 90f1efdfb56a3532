// EXPECT: global-buffer-overflow
// std::string::assign(const char*, n) from a global char[16] with n = 2*argv.
#include <cstdio>
#include <cstdlib>
#include <string>
char g_src[16] = "0123456789abcde";
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::string s;
  s.assign(g_src, 2 * n); // BUG
  std::printf("%zu %c\n", s.size(), s[1]);
  return 0;
}
