// EXPECT: stack-use-after-scope
#include <cstdio>
#include <utility>
std::pair<int *, int *> volatile_sink;
int main(int argc, char **argv) {
  std::pair<int *, int *> pp;
  {
    int lo = argc, hi = argc + 5;
    pp = {&lo, &hi};
    volatile_sink = pp;
  }
  auto [a, b] = pp;
  std::printf("%d\n", *b - *a); // BUG
  return 0;
}
