// EXPECT: stack-use-after-scope
// A pointer into an initializer_list's backing array outlives the call's full-expression.
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
__attribute__((noinline)) static const int *largest(std::initializer_list<int> xs) {
  const int *best = xs.begin();
  for (const int *p = xs.begin(); p != xs.end(); ++p)
    if (*p > *best) best = p;
  return best;
}
int main(int argc, char **argv) {
  int a = std::atoi(argv[1]), b = argv[2][0], c = argv[2][1];
  const int *m = largest({a, b, c});
  std::printf("largest %d\n", *m); // BUG
  return 0;
}
