// EXPECT: stack-buffer-overflow
// A std::function visitor reads one element past the caller's local array.
#include <cstdio>
#include <cstdlib>
#include <functional>
static long visit(const int *v, int n, const std::function<long(int)> &f) {
  long s = 0;
  for (int i = 0; i <= n; i++) s += f(v[i]); // BUG
  return s;
}
int main(int argc, char **argv) {
  int v[9];
  for (int i = 0; i < 9; i++) v[i] = i + argc;
  int n = std::atoi(argv[1]) - 1; /* 9 */
  int mul = argc;
  std::printf("%ld\n", visit(v, n, [mul](int x) { return (long)x * mul; }));
  return 0;
}
