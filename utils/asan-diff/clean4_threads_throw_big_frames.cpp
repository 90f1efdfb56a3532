// EXPECT: none
// Threads (std::thread, several rounds) each throw exceptions through 30
// frames of 6 KiB arrays and RAII objects whose destructors read their
// buffers, catch them near the top, and immediately recurse again over
// the unwound stack with differently sized frames.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <thread>
#include <vector>

struct Scoped {
  char buf[100];
  long *sink;
  Scoped(long *s, int d) : sink(s) { std::memset(buf, d, sizeof buf); }
  ~Scoped() { *sink += buf[99]; }
};

__attribute__((noinline)) static long down(int d, long *sink) {
  char big[6 * 1024];
  Scoped guard(sink, d);
  std::memset(big, d, sizeof big);
  if (d == 0) throw std::length_error(std::string(big, big + 20));
  return down(d - 1, sink) + big[6143];
}

__attribute__((noinline)) static long over(int d) {
  int mid[300];
  for (int i = 0; i < 300; i++) mid[i] = d + i;
  return d ? mid[299] + over(d - 1) : mid[0];
}

static void worker(int id, long *out) {
  long sink = 0, s = 0;
  for (int r = 0; r < 25; r++) {
    try {
      s += down(30, &sink);
    } catch (const std::length_error &e) {
      s += (long)std::strlen(e.what()) + id;
    }
    s += over(40 + r);
  }
  *out = s + sink;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  long total = 0;
  for (int round = 0; round < n / 2; round++) {
    long outs[4];
    std::vector<std::thread> th;
    for (int i = 0; i < 4; i++) th.emplace_back(worker, i, &outs[i]);
    for (auto &t : th) t.join();
    for (long o : outs) total += o;
  }
  std::printf("%ld\n", total);
  return 0;
}
