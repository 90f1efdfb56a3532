// EXPECT: heap-use-after-free
// A std::vector<bool>::reference proxy is written after the vector grew.
#include <cstdio>
#include <cstdlib>
#include <vector>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<bool> flags(n);
  auto dirty = flags[2];
  flags.resize(n * 100);
  for (int i = 0; i < n; i++) flags[i * 10] = argv[2][i] & 1;
  dirty = true; // BUG
  std::printf("%d\n", (int)flags[2]);
  return 0;
}
