// EXPECT: stack-buffer-underflow
// A reverse loop over a local std::array indexes a[i - 1] with i running
// down to 0 inclusive, reading the element before the array.
#include <array>
#include <cstdio>
#include <cstdlib>
__attribute__((noinline)) static void fill(int *p, int n, int v) { for (int i = 0; i < n; i++) p[i] = v + i; }
int main(int argc, char **argv) {
  std::array<int, 6> a;
  fill(a.data(), 6, argc);
  int n = std::atoi(argv[1]) - 4; // 6
  long s = 0;
  for (int i = n; i >= 0; i--) s = s * 3 + a.data()[i - 1]; // BUG
  std::printf("%ld\n", s);
  return 0;
}
