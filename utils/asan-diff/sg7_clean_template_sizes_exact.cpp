// EXPECT: none
// FLAGS: -std=c++17
// One template instantiated for many array sizes (1, 3, 5, 16, 33) on the
// stack and in globals, bounded by std::size and std::end; a static member
// table per size filled exactly.
#include <cstdio>
#include <cstdlib>
#include <iterator>
template <typename T, size_t N>
__attribute__((noinline)) long fill_and_sum(T (&a)[N], int seed) {
  for (size_t i = 0; i < std::size(a); i++) a[i] = (T)(seed + i);
  long s = 0;
  for (T *p = std::begin(a); p != std::end(a); ++p) s += *p;
  return s + a[N - 1];
}
template <int N> struct Table {
  static short vals[N];
  static long init(int seed) {
    for (int i = 0; i < N; i++) vals[i] = (short)(seed * i);
    return vals[N - 1];
  }
};
template <int N> short Table<N>::vals[N];
static long g5[5];
static char g33[33];
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  char c1[1];
  int i3[3];
  double d16[16];
  long s = fill_and_sum(c1, n) + fill_and_sum(i3, n) + fill_and_sum(d16, argc);
  s += fill_and_sum(g5, n) + fill_and_sum(g33, argc);
  s += Table<1>::init(n) + Table<7>::init(n) + Table<64>::init(argc);
  std::printf("%ld\n", s);
  return 0;
}
