// EXPECT: heap-buffer-overflow
// FLAGS: -std=c++20
// A shared rating histogram is created with C++20 std::make_shared<int[]>(n)
// and shared by two collectors. Ratings are 1-based (1..n) and binned as
// rating - 1, but unrated items carry rating 0, which writes element -1:
// before the array that make_shared placed at the start of its block.
#include <cstdio>
#include <cstdlib>
#include <memory>

struct Collector {
  std::shared_ptr<int[]> bins;
  int nbins;
  __attribute__((noinline)) void add(int rating) {
    int bin = rating - 1;
    if (bin < nbins) bins[bin] += 1; // BUG
  }
};

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  auto table = std::make_shared<int[]>(n);
  Collector a{table, n}, b{table, n};
  for (int i = 0; i < 26; i++) {
    int rating = (argv[2][i] - 'A') % (n + 1);   // 'A' -> 0 = unrated
    (i % 2 ? a : b).add(rating);
  }
  int s = 0;
  for (int i = 0; i < n; i++) s += table[i];
  std::printf("%d %ld %d\n", s, table.use_count(), argc);
  return 0;
}
