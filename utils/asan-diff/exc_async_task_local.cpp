// EXPECT: stack-use-after-return
// A std::async task fails with an exception that carries a pointer into
// its local histogram (the task's frame held a std::vector, so it was left
// through a cleanup); the caller gets the exception from future::get().
#include <cstdio>
#include <cstdlib>
#include <future>
#include <vector>

struct HistError { const int *bins; int nbins; };

__attribute__((noinline)) static int histogram(const char *s, int n) {
  std::vector<int> raw(s, s + 26);
  int bins[16] = {};
  for (int v : raw) bins[v % 16]++;
  if (bins[n % 16] < 3) throw HistError{bins, 16};
  return bins[0];
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  auto fut = std::async(std::launch::async, histogram, argv[2], n);
  int r = 0;
  try {
    r = fut.get();
  } catch (const HistError &e) {
    for (int i = 0; i < e.nbins; i++) r += e.bins[i]; // BUG
  }
  std::printf("%d\n", r);
  return 0;
}
