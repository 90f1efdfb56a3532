// EXPECT: stack-buffer-overflow
#include <cstdio>
#include <cstdlib>
struct Buf { int v[4]; int after; };
int main(int argc, char **argv) {
  Buf b{};
  int k = atoi(argv[1]) - 2;
  int *p = b.v;
  std::printf("%d\n", p[k - 2]); // BUG
  return 0;
}
