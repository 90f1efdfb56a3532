// EXPECT: alloc-dealloc-mismatch
#include <cstdio>
#include <cstdlib>
int main(int argc, char **argv) {
  int *p = (int *)std::malloc(sizeof(int) * 4);
  p[0] = argc;
  std::printf("%d\n", p[0]);
  delete p; // BUG
  return 0;
}
