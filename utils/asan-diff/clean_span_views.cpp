// EXPECT: none
// FLAGS: -std=c++20
// std::span over stack arrays, std::array, vectors and sub-spans; every
// element read through data() and operator[] up to the last one.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <vector>
__attribute__((noinline)) static long sum(std::span<const int> s) {
  long t = 0;
  const int *p = s.data();
  for (size_t i = 0; i < s.size(); i++) t += p[i] + s[s.size() - 1 - i];
  return t;
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  int raw[17];
  std::array<int, 9> arr{};
  std::vector<int> vec(33);
  for (int i = 0; i < 17; i++) raw[i] = i + n;
  for (int i = 0; i < 9; i++) arr[i] = i;
  for (int i = 0; i < 33; i++) vec[i] = i * 2;
  long s = sum(raw) + sum(arr) + sum(vec);
  std::span<int> whole(raw);
  for (size_t k = 0; k < whole.size(); k++) s += sum(whole.subspan(k)) + sum(whole.first(k)) + sum(whole.last(k));
  std::printf("%ld\n", s);
  return 0;
}
