// EXPECT: none
// Four threads each throw and catch 2000 exceptions through a few frames
// with local arrays and strings, then use their own locals; the main
// thread does the same meanwhile.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

__attribute__((noinline)) static int check(const char *s, int i) {
  char copy[64];
  std::snprintf(copy, sizeof copy, "%s%d", s, i);
  if (i % 3 == 0) throw std::invalid_argument(copy);
  return copy[0];
}

__attribute__((noinline)) static int stage(const char *s, int i) {
  std::string prefix(s, 2);
  int weights[16];
  for (int k = 0; k < 16; k++) weights[k] = i + k;
  return check(s, i) + weights[i % 16] + (int)prefix.size();
}

static long work(const char *s, int iters) {
  long sum = 0;
  int history[32] = {};
  for (int i = 0; i < iters; i++) {
    try {
      sum += stage(s, i);
    } catch (const std::invalid_argument &e) {
      history[i % 32] = (int)std::strlen(e.what());
    }
  }
  for (int h : history) sum += h;
  return sum;
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]) * 200;
  std::vector<long> results(4);
  std::vector<std::thread> ts;
  for (int t = 0; t < 4; t++)
    ts.emplace_back([&results, t, n, argv] { results[t] = work(argv[2] + t, n); });
  long mine = work(argv[2], n);
  for (auto &t : ts) t.join();
  for (long r : results) mine += r;
  std::printf("%ld\n", mine);
  return 0;
}
