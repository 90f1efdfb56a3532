// EXPECT: none
// Namespace-scope, static member, function-local static, constexpr and
// dynamically initialized std::array tables, plus a thread_local array, all
// read and written exactly up to their last element.
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
namespace tbl {
constexpr uint64_t kPow10[] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000};
double weights[5];
std::array<int, 12> days = [] { std::array<int, 12> d{}; for (int i = 0; i < 12; i++) d[i] = 28 + (i % 3); return d; }();
}
struct Pool { static long slots[8]; static constexpr std::array<char, 16> kHex = {'0','1','2','3','4','5','6','7','8','9','a','b','c','d','e','f'}; };
long Pool::slots[8];
thread_local int t_scratch[8];
__attribute__((noinline)) static int hist(int v) {
  static int counts[10];
  counts[v % 10]++;
  return counts[9];
}
int main(int argc, char **argv) {
  int k = std::atoi(argv[1]);
  uint64_t t = 0;
  for (int i = 0; i < 8; i++) t += tbl::kPow10[(k + i) % 8];
  for (int i = 0; i < 5; i++) tbl::weights[i] = i * 0.5;
  for (int i = 0; i < 12; i++) t += tbl::days[(k + i) % 12];
  for (int i = 0; i < 8; i++) Pool::slots[i] = i, t_scratch[i] = i * argc;
  t += Pool::kHex[(k * 3 + 1) % 16] + Pool::slots[7] + t_scratch[7] + (uint64_t)tbl::weights[4];
  for (int i = 0; i < 100; i++) t += hist(i + k);
  std::printf("%llu\n", (unsigned long long)t);
  return 0;
}
