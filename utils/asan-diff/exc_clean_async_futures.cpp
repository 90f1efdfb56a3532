// EXPECT: none
// std::async tasks fail with exceptions that carry values (not pointers);
// std::promise/std::future pairs pass exceptions between threads; each is
// rethrown by get() and caught where the data is still owned.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <future>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

struct Failure : std::runtime_error {
  int bins[8];
  Failure(const std::string &m, const int *b) : std::runtime_error(m) { std::memcpy(bins, b, sizeof bins); }
};

__attribute__((noinline)) static int histogram(const char *s, int k) {
  int bins[8] = {};
  for (int i = 0; i < 26; i++) bins[(s[i] + k) % 8]++;
  if (k % 2) throw Failure("histogram " + std::to_string(k), bins);
  return bins[0];
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<std::future<int>> futs;
  for (int k = 0; k < n; k++) futs.push_back(std::async(std::launch::async, histogram, argv[2], k));
  std::vector<std::promise<int>> proms(n);
  std::vector<std::thread> ts;
  for (int k = 0; k < n; k++)
    ts.emplace_back([&proms, k, argv] {
      try {
        proms[k].set_value(histogram(argv[2], k + 1));
      } catch (...) {
        proms[k].set_exception(std::current_exception());
      }
    });
  long total = 0;
  for (int k = 0; k < n; k++) {
    for (std::future<int> *f : {&futs[k]}) {
      try { total += f->get(); } catch (const Failure &e) { total += e.bins[k % 8] + (long)std::strlen(e.what()); }
    }
    std::future<int> pf = proms[k].get_future();
    try { total += pf.get(); } catch (const Failure &e) { total += e.bins[7]; }
  }
  for (auto &t : ts) t.join();
  std::printf("%ld\n", total);
  return 0;
}
