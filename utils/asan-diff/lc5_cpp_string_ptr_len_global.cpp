// EXPECT: global-buffer-overflow
// std::string(const char *, n) with n larger than the global array it copies from.
#include <cstdio>
#include <cstdlib>
#include <string>
char prefix[8] = "pre-fix";
int main(int argc, char **argv) {
  std::string s(prefix, std::atoi(argv[1]) + 2); // BUG
  std::printf("%zu\n", s.size());
  return 0;
}
