// EXPECT: stack-use-after-return
// A helper returns a [begin, end) pointer pair into its local array and the
// caller iterates the range.
#include <cstdio>
#include <cstdlib>
#include <utility>
__attribute__((noinline)) static std::pair<const int *, const int *> evens(int n) {
  int out[8];
  int k = 0;
  for (int i = 0; i < n && k < 8; i++) if (i % 2 == 0) out[k++] = i;
  return {out, out + k};
}
int main(int argc, char **argv) {
  auto [b, e] = evens(std::atoi(argv[1]));
  long s = 0;
  for (const int *p = b; p != e; ++p) s += *p; // BUG
  std::printf("%ld %d\n", s, argc);
  return 0;
}
