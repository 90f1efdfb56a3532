// EXPECT: alloc-dealloc-mismatch
// std::realloc grows a buffer that came from new char[].
#include <cstdio>
#include <cstdlib>
#include <cstring>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  char *p = new char[n + 1];
  std::memcpy(p, argv[2], n);
  p[n] = '\0';
  p = static_cast<char *>(std::realloc(p, 4 * n)); // BUG
  std::printf("%s\n", p);
  std::free(p);
  return 0;
}
