// EXPECT: none
// Exceptions thrown from 40 frames deep, each frame with arrays, 300
// times; the catching frame then uses big arrays of its own in full.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>
__attribute__((noinline)) static int deep(int d, int limit) {
  char buf[16 + d % 17];
  std::memset(buf, 'a' + d % 26, sizeof buf);
  int nums[9];
  for (int i = 0; i < 9; i++) nums[i] = d * i;
  if (d == limit) throw std::runtime_error(std::string(buf, sizeof buf));
  return deep(d + 1, limit) + nums[8] + buf[sizeof buf - 1];
}
int main(int argc, char **argv) {
  long total = 0;
  int lim = std::atoi(argv[1]) * 4;
  for (int round = 0; round < 300; round++) {
    char big[3000];
    int idx[257];
    try {
      total += deep(0, lim);
    } catch (const std::exception &e) {
      std::memset(big, 0, sizeof big);
      std::strncpy(big, e.what(), sizeof big - 1);
      for (int i = 0; i < 257; i++) idx[i] = big[i % 64] + i;
      total += idx[256] + (long)std::strlen(big);
    }
  }
  std::printf("%ld %d\n", total, argc);
  return 0;
}
