// EXPECT: heap-use-after-free
// ostream::write into an ostringstream from a buffer already delete[]d.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sstream>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  char *p = new char[32];
  std::memcpy(p, argv[2], 26);
  delete[] p;
  std::ostringstream os;
  os.write(p, n); // BUG
  std::printf("%zu\n", os.str().size());
  return 0;
}
