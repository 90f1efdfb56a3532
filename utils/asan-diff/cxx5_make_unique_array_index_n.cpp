// EXPECT: heap-buffer-overflow
// A histogram from make_unique<int[]>(n) is indexed with a 1-based bucket.
#include <cstdio>
#include <cstdlib>
#include <memory>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  auto hist = std::make_unique<int[]>(n);
  for (int i = 0; i < 26; i++) {
    int bucket = (argv[2][i] - 'A') * n / 26 + 1;
    hist[bucket]++; // BUG
  }
  std::printf("%d\n", hist[0]);
  return 0;
}
