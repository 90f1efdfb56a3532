// EXPECT: stack-buffer-overflow
#include <cstdio>
#include <cstdlib>
#include <string>
int main(int argc, char **argv) {
  std::string s = "abc";
  char *p = &s[0];
  p[std::atoi(argv[1]) + 22] = 'x'; // BUG
  std::printf("%s\n", s.c_str());
  return 0;
}
