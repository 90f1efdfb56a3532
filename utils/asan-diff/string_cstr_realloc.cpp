// EXPECT: heap-use-after-free
#include <cstdio>
#include <string>
int main(int argc, char **argv) {
  std::string s(30, 'x');
  const char *p = s.c_str();
  s.append(100, 'y');
  std::printf("%c\n", p[1]); // BUG
  return 0;
}
