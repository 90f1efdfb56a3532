// EXPECT: stack-buffer-overflow
// istream::getline with a limit larger than the stack buffer it fills.
#include <cstdio>
#include <fstream>
int main(int argc, char **argv) {
  std::ifstream in("long.txt");
  char line[16];
  in.getline(line, 64); // BUG
  std::printf("%zd\n", (ssize_t)in.gcount());
  return 0;
}
