// EXPECT: stack-buffer-overflow
// std::string::copy (memcpy inside libstdc++) of argv-many chars into a char[8].
#include <cstdio>
#include <cstdlib>
#include <string>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::string s(argv[2]);
  char buf[8];
  size_t got = s.copy(buf, n); // BUG
  std::printf("%zu %c\n", got, buf[0]);
  return 0;
}
