// EXPECT: heap-use-after-free
// ofstream::write of a large, freed buffer: libstdc++'s filebuf hands it straight to writev(2).
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  size_t len = 400 * n;
  char *p = new char[len];
  std::memset(p, argv[2][0], len);
  delete[] p;
  std::ofstream out("out.bin", std::ios::binary);
  out.write(p, len); // BUG
  std::printf("%d\n", out.good());
  return 0;
}
