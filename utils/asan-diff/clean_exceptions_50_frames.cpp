// EXPECT: none
// An exception thrown 50 frames deep through frames holding std::array
// locals and destructors; the stack is reused after each catch.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>
struct Tracker { std::array<int, 10> v{}; int *count; ~Tracker() { *count += v[9] != 0; } };
__attribute__((noinline)) static int level(int n, int stop, int *count) {
  std::array<char, 33> a;
  a.fill((char)n);
  Tracker t{{}, count};
  t.v[9] = n + 1;
  if (n == stop) throw std::out_of_range("depth " + std::to_string(n));
  return level(n + 1, stop, count) + a[32] + t.v[0];
}
__attribute__((noinline)) static long reuse() {
  std::array<long, 100> b;
  for (size_t i = 0; i < b.size(); i++) b[i] = (long)i;
  return b[99] + b[0];
}
int main(int argc, char **argv) {
  int count = 0;
  long s = 0;
  for (int r = 0; r < 100; r++) {
    try {
      s += level(0, 45 + (r + std::atoi(argv[1])) % 11, &count);
    } catch (const std::exception &e) {
      s += e.what()[0];
    }
    s += reuse();
  }
  std::printf("%ld %d\n", s, count);
  return 0;
}
