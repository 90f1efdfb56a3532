// EXPECT: global-buffer-overflow
// A per-size lookup table lives in a static data member of a class
// template (in an anonymous namespace, so each instantiation is a plain
// internal global); the initializer loops with `<= N`. The 3-entry
// instantiation writes one element past its static array.
#include <cstdio>
#include <cstdlib>
namespace {
template <int N> struct Levels {
  static int table[N];
  __attribute__((noinline)) static void init(int base) {
    for (int i = 0; i <= N; i++) table[i] = base + i * i; // BUG
  }
  static int sum() {
    int s = 0;
    for (int i = 0; i < N; i++) s += table[i];
    return s;
  }
};
template <int N> int Levels<N>::table[N];
}  // namespace
int main(int argc, char **argv) {
  int base = std::atoi(argv[1]);
  Levels<3>::init(base);
  Levels<16>::init(base + argc);
  std::printf("%d %d\n", Levels<3>::sum(), Levels<16>::sum());
  return 0;
}
