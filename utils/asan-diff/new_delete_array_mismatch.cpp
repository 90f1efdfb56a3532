// EXPECT: alloc-dealloc-mismatch
#include <cstdio>
int main(int argc, char **argv) {
  long *p = new long(argc);
  std::printf("%ld\n", *p);
  delete[] p; // BUG
  return 0;
}
