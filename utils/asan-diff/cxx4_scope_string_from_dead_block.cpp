// EXPECT: stack-use-after-scope
// std::string(ptr, len) copies from a char array whose block has ended (memcpy inside libstdc++).
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  const char *p;
  {
    char block[32];
    std::memcpy(block, argv[2], 26);
    p = block;
    std::printf("%c\n", p[n]);
  }
  std::string s(p, 2 * n); // BUG
  std::printf("%s\n", s.c_str());
  return 0;
}
