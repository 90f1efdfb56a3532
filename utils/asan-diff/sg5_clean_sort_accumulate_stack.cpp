// EXPECT: none
// <algorithm> and <numeric> on stack arrays at their exact bounds: sort,
// nth_element, partial_sum, accumulate, inner_product, rotate, unique,
// lower_bound, reverse_copy between C arrays and std::arrays.
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <numeric>
int main(int argc, char **argv) {
  int seed = std::atoi(argv[1]);
  std::array<int, 37> a;
  for (size_t i = 0; i < a.size(); i++) a[i] = (int)((i * 7919 + seed) % 101);
  int c[37];
  std::reverse_copy(a.begin(), a.end(), c);
  std::sort(a.begin(), a.end());
  std::sort(c, c + 37, std::greater<int>());
  std::nth_element(c, c + 18, c + 37);
  long pre[37];
  std::partial_sum(a.begin(), a.end(), pre);
  long acc = std::accumulate(c, c + 37, 0L);
  long ip = std::inner_product(a.begin(), a.end(), c, 0L);
  std::rotate(a.begin(), a.begin() + 5, a.end());
  char s[9] = "aabbccdd";
  char *end = std::unique(s, s + 8);
  auto lb = std::lower_bound(pre, pre + 37, pre[36]);
  std::array<double, 4> d{1.5, 0.5, 2.5, argc * 1.0};
  std::stable_sort(d.begin(), d.end());
  std::printf("%ld %ld %ld %ld %d %f\n", pre[36], acc, ip, (long)(lb - pre), (int)(end - s), d[3]);
  return 0;
}
