// EXPECT: stack-buffer-overflow
// A lambda capturing the caller's array by reference reads past it; the
// lambda is inlined at -O2.
#include <cstdio>
#include <cstdlib>
int main(int argc, char **argv) {
  unsigned char hist[16] = {};
  for (const char *p = argv[2]; *p; p++) hist[*p & 15]++;
  auto at = [&hist](int i) { return hist[i]; }; // BUG
  int k = std::atoi(argv[1]) + 6; /* 16 */
  std::printf("%d %d\n", at(1), at(k));
  return 0;
}
