// EXPECT: alloc-dealloc-mismatch
// A buffer from malloc is released with delete[].
#include <cstdio>
#include <cstdlib>
#include <cstring>
int main(int argc, char **argv) {
  char *p = static_cast<char *>(std::malloc(std::atoi(argv[1]) * 4));
  std::strcpy(p, "hello");
  std::printf("%s\n", p);
  delete[] p; // BUG
  return 0;
}
