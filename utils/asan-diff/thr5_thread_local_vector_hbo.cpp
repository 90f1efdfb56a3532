// EXPECT: heap-buffer-overflow
// Each worker keeps a thread_local std::vector<int> sized on first use;
// the workers index it through data() with a bound that is off by one
// for worker 2.
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <vector>
static int width;
static thread_local std::vector<int> row;
static long work(int id) {
  if (row.empty()) row.resize(width);
  int *p = row.data();
  int lim = id == 2 ? width + 1 : width;
  for (int i = 0; i < lim; i++) p[i] = id * i; // BUG
  long s = 0;
  for (int v : row) s += v;
  return s;
}
int main(int argc, char **argv) {
  width = std::atoi(argv[1]) * 2;
  long total = 0;
  for (int id = 0; id < 4; id++) {
    long r = 0;
    std::thread t([&r, id] { r = work(id); });
    t.join();
    total += r;
  }
  std::printf("%ld\n", total);
  return 0;
}
