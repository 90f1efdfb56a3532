// EXPECT: stack-buffer-overflow
// FLAGS: -std=c++20
// A std::span over a stack array; the callee indexes through data() with a
// bound one larger than the span's size.
#include <cstdio>
#include <cstdlib>
#include <span>
__attribute__((noinline)) static long total(std::span<const int> s, int extra) {
  long t = 0;
  const int *p = s.data();
  for (size_t i = 0; i < s.size() + extra; i++) t += p[i]; // BUG
  return t;
}
int main(int argc, char **argv) {
  int arr[12];
  for (int i = 0; i < 12; i++) arr[i] = i * argc;
  std::printf("%ld\n", total(arr, std::atoi(argv[1]) - 9));
  return 0;
}
