// EXPECT: allocation-size-too-big
#include <cstdio>
#include <cstdlib>
#include <new>
int main(int argc, char **argv) {
  std::size_t n = (std::size_t)1 << (50 + std::atoi(argv[1]));
  char *p = new char[n]; // BUG
  std::printf("%p\n", (void *)p);
  delete[] p;
  return 0;
}
