// EXPECT: stack-buffer-overflow
// std::string::copy fills a char[8] with all of an 8-character string and
// the terminator is written one past the array.
#include <cstdio>
#include <string>
__attribute__((noinline)) static void show(const char *s) { std::puts(s); }
int main(int argc, char **argv) {
  std::string s = std::string(argv[2]).substr(argc, 8);
  char name[8];
  size_t n = s.copy(name, s.size());
  name[n] = '\0'; // BUG
  show(name);
  return 0;
}
