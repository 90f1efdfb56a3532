// EXPECT: heap-use-after-free
#include <cstdio>
#include <string>
int main(int argc, char **argv) {
  std::string s(24, 'x');
  char &c = s[3];
  s += argv[2];
  s += argv[2];
  c = 'y'; // BUG
  std::printf("%zu\n", s.size());
  return 0;
}
