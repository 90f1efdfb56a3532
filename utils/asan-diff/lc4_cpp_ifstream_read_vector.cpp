// EXPECT: heap-buffer-overflow
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <vector>
int main(int argc, char **argv) {
  std::vector<char> v(8);
  std::ifstream in("long.txt", std::ios::binary);
  in.read(v.data(), std::atoi(argv[1]) * 4); // BUG
  std::printf("%ld\n", (long)in.gcount());
  return 0;
}
