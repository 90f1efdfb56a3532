// EXPECT: stack-use-after-return
// An image filter keeps an 56 KiB line buffer on its stack (in the
// largest fake-frame class) plus a RAII log guard; it throws on a bad pixel and
// the caller's handler reads the buffer through a saved pointer.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>

struct LogGuard {
  std::string name;
  explicit LogGuard(const char *n) : name(n) {}
  ~LogGuard() { std::fprintf(stderr, "leave %s\n", name.c_str()); }
};

static unsigned char *g_line;

__attribute__((noinline)) static long filter(const char *px, int n) {
  LogGuard g("filter");
  unsigned char line[56 * 1024];
  std::memset(line, px[0], sizeof line);
  g_line = line;
  long sum = 0;
  for (int i = 0; i < n; i++) {
    if (px[i] == 'E') throw std::runtime_error("bad pixel");
    sum += line[i * 3000];
  }
  return sum;
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  long s = 0;
  try {
    s = filter(argv[2], n);
  } catch (const std::exception &e) {
    std::printf("%s at %d\n", e.what(), g_line[n * 100]); // BUG
  }
  std::printf("%ld\n", s);
  return 0;
}
