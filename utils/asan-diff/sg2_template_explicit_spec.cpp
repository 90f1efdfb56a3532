// EXPECT: global-buffer-overflow
// A class template's static data member, explicitly specialized (a strong,
// non-comdat definition), read one past its end in a loop.
#include <cstdio>
#include <cstdlib>
template <typename T> struct Limits { static T table[4]; };
template <> short Limits<short>::table[4] = {-3, -2, -1, 0};
template <typename T> __attribute__((noinline)) long sum_table(int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += Limits<T>::table[i]; // BUG
  return s;
}
int main(int argc, char **argv) {
  std::printf("%ld %d\n", sum_table<short>(std::atoi(argv[1]) - 5), argc); /* 5 */
  return 0;
}
