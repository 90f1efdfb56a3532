// EXPECT: stack-buffer-overflow
// std::string::compare(const char*) with a char[8] filled to the end (no NUL): strlen inside libstdc++ runs past it.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::string s(argv[2] + n);
  char key[8];
  std::memcpy(key, argv[2], sizeof key);
  int c = s.compare(key); // BUG
  std::printf("%d\n", c);
  return 0;
}
