// EXPECT: none
// Each iteration of a loop makes a variable-length buffer (alloca) inside
// the try block, and the call that fills it may throw; the catch is in the
// same function, which keeps allocating in later iterations and uses its
// fixed locals throughout.
#include <alloca.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

__attribute__((noinline)) static void fill(char *buf, int len, const char *s) {
  char tmp[24];
  std::snprintf(tmp, sizeof tmp, "%s", s);
  std::memset(buf, tmp[len % 20], len);
  if (len % 5 == 0) throw std::range_error("len divisible by five");
}

__attribute__((noinline)) static long process(const char *s, int n) {
  long sums[4] = {0, 0, 0, 0};
  char last[20] = "";
  for (int len = 1; len <= n; len++) {
    try {
      char *buf = static_cast<char *>(alloca(len * 8));
      fill(buf, len * 8, s);
      sums[0] += buf[len * 8 - 1];
    } catch (const std::range_error &e) {
      std::snprintf(last, sizeof last, "%.10s", e.what());
      sums[1]++;
    }
    sums[2] += last[0];
  }
  return sums[0] + sums[1] + sums[2];
}

__attribute__((noinline)) static long deep(int d) {
  char b[256];
  std::memset(b, d, sizeof b);
  return d ? deep(d - 1) + b[255] : b[0];
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  long total = 0;
  for (int r = 0; r < 5; r++) total += process(argv[2], n * 6) + deep(100);
  std::printf("%ld\n", total);
  return 0;
}
