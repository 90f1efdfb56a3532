// EXPECT: alloc-dealloc-mismatch
#include <cstdio>
#include <cstdlib>
int main(int argc, char **argv) {
  char *p = new char[16];
  p[0] = (char)argc;
  std::printf("%d\n", p[0]);
  std::free(p); // BUG
  return 0;
}
