// EXPECT: stack-buffer-overflow
// istream::read of 2*argv bytes from an istringstream into a char[16].
#include <cstdio>
#include <cstdlib>
#include <sstream>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::istringstream in(argv[2]);
  char buf[16];
  in.read(buf, 2 * n); // BUG
  std::printf("%zd %c\n", (ssize_t)in.gcount(), buf[0]);
  return 0;
}
