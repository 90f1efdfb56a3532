// EXPECT: stack-buffer-overflow
// std::string::find(const char*, pos, n) with a needle char[4] and n = argv (memcmp inside libstdc++ reads the needle past its end).
#include <cstdio>
#include <cstdlib>
#include <string>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::string hay(argv[2]);
  char needle[4] = {'C', 'D', 'E', 'F'};
  size_t at = hay.find(needle, 0, n); // BUG
  std::printf("%zu\n", at);
  return 0;
}
