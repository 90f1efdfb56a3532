// EXPECT: heap-use-after-free
#include <cstdio>
#include <string>
__attribute__((noinline)) static const char *label(const char *arg) {
  std::string s = std::string("label:") + arg;
  return s.c_str();
}
int main(int argc, char **argv) {
  const char *p = label(argv[2]);
  std::printf("%c\n", p[8]); // BUG
  return 0;
}
