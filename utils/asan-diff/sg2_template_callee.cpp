// EXPECT: stack-buffer-overflow
// A function template writes past the caller's array of its element type.
#include <cstdio>
#include <cstdlib>
template <typename T> void ramp(T *out, int n, T step) {
  T v = T();
  for (int i = 0; i < n; i++) { out[i] = v; v += step; } // BUG
}
int main(int argc, char **argv) {
  long long a[7];
  ramp<long long>(a, std::atoi(argv[1]) - 2, 3); /* 8 */
  std::printf("%lld\n", a[argc]);
  return 0;
}
