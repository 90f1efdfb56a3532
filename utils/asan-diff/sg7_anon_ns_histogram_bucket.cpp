// EXPECT: global-buffer-overflow
// A latency histogram in an anonymous namespace has 12 buckets of width
// 10ms; a sample equal to the maximum (120ms) maps to bucket 12 because
// the clamp uses `>` instead of `>=`.
#include <cstdio>
#include <cstdlib>
namespace {
constexpr int kBuckets = 12;
constexpr int kWidth = 10;
unsigned g_hist[kBuckets];
__attribute__((noinline)) void record(int ms) {
  int b = ms / kWidth;
  if (b > kBuckets) b = kBuckets - 1;
  g_hist[b]++; // BUG
}
__attribute__((noinline)) unsigned total_of(const unsigned *h, int n) {
  unsigned t = 0;
  for (int i = 0; i < n; i++) t += h[i];
  return t;
}
}  // namespace
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  record(n);
  record(n * 12);
  const unsigned *volatile hp = g_hist;  // keep the table out of vectorized code
  unsigned total = total_of(hp, kBuckets);
  std::printf("%u %d\n", total, argc);
  return 0;
}
