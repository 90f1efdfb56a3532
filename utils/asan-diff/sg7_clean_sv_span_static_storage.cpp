// EXPECT: none
// FLAGS: -std=c++20
// Functions return string_views and spans that refer to storage that
// outlives the call: string literals, static local arrays, global arrays
// and the caller's own buffer passed in; all indices stay in range.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <span>
#include <string_view>
static int g_primes[6] = {2, 3, 5, 7, 11, 13};
__attribute__((noinline)) static std::string_view level_name(int l) {
  switch (l % 3) {
  case 0: return "low";
  case 1: return "medium";
  default: return "high";
  }
}
__attribute__((noinline)) static std::string_view cached_label(int n) {
  static char buf[32];
  int len = std::snprintf(buf, sizeof buf, "label-%d", n);
  return std::string_view(buf, (size_t)len);
}
__attribute__((noinline)) static std::span<const int> primes(size_t k) { return std::span<const int>(g_primes, k < 6 ? k : 6); }
__attribute__((noinline)) static std::span<int> head(std::span<int> s, size_t k) { return s.first(k < s.size() ? k : s.size()); }
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  long s = 0;
  for (int i = 0; i < n; i++) s += level_name(i).back();
  std::string_view l = cached_label(n);
  s += l.back() + (long)l.size();
  for (int p : primes((size_t)n)) s += p;
  int local[9];
  for (int i = 0; i < 9; i++) local[i] = i * argc;
  std::span<int> h = head(local, (size_t)n);
  s += h.back() + (long)h.size();
  std::printf("%ld\n", s);
  return 0;
}
