// EXPECT: none
// Exceptions go through frames larger than 64 KiB (always on the real
// stack) with and without destructors, then other large-frame functions
// run over the same stack and fill their arrays completely.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>

__attribute__((noinline)) static int render(const char *s, int level) {
  char canvas[90 * 1024];
  int rows[300];
  std::memset(canvas, s[level % 26], sizeof canvas);
  for (int i = 0; i < 300; i++) rows[i] = canvas[i * 300] + i;
  if (level == 3) throw std::runtime_error("too many layers");
  return render(s, level + 1) + rows[level];
}

__attribute__((noinline)) static int compose(const char *s) {
  std::string title(s, 5);
  double weights[10000];
  for (int i = 0; i < 10000; i++) weights[i] = i * 0.5;
  return render(s, 0) + (int)weights[9999] + (int)title.size();
}

__attribute__((noinline)) static long summarize(const char *s, int n) {
  long hist[256];
  unsigned char data[100 * 1024];
  std::memset(hist, 0, sizeof hist);
  for (size_t i = 0; i < sizeof data; i++) data[i] = (unsigned char)(s[i % 26] + i);
  for (size_t i = 0; i < sizeof data; i++) hist[data[i]]++;
  return hist[n] + hist[255];
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  long total = 0;
  for (int r = 0; r < 4; r++) {
    try {
      total += compose(argv[2]);
    } catch (const std::runtime_error &e) {
      total += (long)std::strlen(e.what());
    }
    total += summarize(argv[2], n + r);
  }
  std::printf("%ld\n", total);
  return 0;
}
