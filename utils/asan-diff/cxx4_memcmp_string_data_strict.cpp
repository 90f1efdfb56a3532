// EXPECT: heap-buffer-overflow
// std::memcmp of 3*argv bytes starting at a 16-char heap std::string's data(); the
// first bytes already differ, but the size runs past the string's allocation.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::string s(argv[2] + 1, 16);
  int c = std::memcmp(s.data(), argv[2], 3 * n); // BUG
  std::printf("%d\n", c > 0);
  return 0;
}
