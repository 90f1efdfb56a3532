// EXPECT: alloc-dealloc-mismatch
#include <cstdio>
#include <cstdlib>
int main(int argc, char **argv) {
  int *d = new int[4];
  d[0] = argc;
  std::printf("%d\n", d[0]);
  delete d; // BUG
  return 0;
}
