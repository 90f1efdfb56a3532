// EXPECT: stack-buffer-overflow
// ifstream::read with a count above filebuf's buffer size reads straight into a char[32] (read(2) inside libstdc++); the file has 66 bytes.
#include <cstdio>
#include <cstdlib>
#include <fstream>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::ifstream in("long.txt", std::ios::binary);
  char buf[32];
  in.read(buf, 1000 * n); // BUG
  std::printf("%zd %c\n", (ssize_t)in.gcount(), buf[0]);
  return 0;
}
