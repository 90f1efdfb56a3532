// EXPECT: none
// Standard algorithms over std::array and C arrays on the stack with
// comparators that read a lookup table in the caller's frame by
// reference: sort, stable_sort, nth_element, partial_sort, the heap
// algorithms, inplace_merge, rotate, unique and binary searches.
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <numeric>

__attribute__((noinline)) static long round_of(int seed) {
  std::array<int, 97> vals;
  int weight[31];
  for (int i = 0; i < 31; i++) weight[i] = (i * seed + 7) % 11;
  for (int i = 0; i < 97; i++) vals[i] = (i * 37 + seed) % 61;
  auto by_weight = [&weight](int a, int b) {
    int wa = weight[a % 31], wb = weight[b % 31];
    return wa != wb ? wa < wb : a < b;
  };
  long s = 0;
  std::array<int, 97> a = vals;
  std::sort(a.begin(), a.end(), by_weight);
  s += a.front() + a.back();
  std::array<int, 97> b = vals;
  std::stable_sort(b.begin(), b.end(), [&weight](int x, int y) { return weight[x % 31] < weight[y % 31]; });
  s += b[48];
  std::array<int, 97> c = vals;
  std::nth_element(c.begin(), c.begin() + 50, c.end(), by_weight);
  s += c[50];
  int d[40];
  std::copy(vals.begin(), vals.begin() + 40, d);
  std::partial_sort(d, d + 10, d + 40);
  s += d[9];
  std::make_heap(std::begin(d), std::end(d), by_weight);
  std::pop_heap(std::begin(d), std::end(d), by_weight);
  s += d[39];
  std::sort_heap(std::begin(d), std::end(d) - 1, by_weight);
  int e[60];
  for (int i = 0; i < 30; i++) {
    e[i] = i * 2;
    e[30 + i] = i * 2 + 1;
  }
  std::inplace_merge(e, e + 30, e + 60);
  s += e[59] + e[0];
  std::rotate(e, e + 17, e + 60);
  s += e[0];
  std::array<int, 97> f = vals;
  std::sort(f.begin(), f.end());
  auto last = std::unique(f.begin(), f.end());
  s += last - f.begin();
  s += std::binary_search(f.begin(), last, seed % 61);
  s += std::lower_bound(f.begin(), last, 30) - f.begin();
  s += std::accumulate(std::begin(e), std::end(e), 0L);
  return s;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  long total = 0;
  for (int r = 0; r < n * 100; r++) total += round_of(r);
  std::printf("%ld\n", total);
  return 0;
}
