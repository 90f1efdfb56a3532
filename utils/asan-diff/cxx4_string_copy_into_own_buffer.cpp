// EXPECT: memcpy-param-overlap
// std::string::copy into the string's own buffer two bytes on: memcpy inside libstdc++ with overlapping ranges.
#include <cstdio>
#include <cstdlib>
#include <string>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::string s(argv[2]);
  size_t got = s.copy(&s[2], n); // BUG
  std::printf("%zu %s\n", got, s.c_str());
  return 0;
}
