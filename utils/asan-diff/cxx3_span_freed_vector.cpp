// EXPECT: heap-use-after-free
// FLAGS: -std=c++20
// A std::span over a vector's elements is read after the vector grew
// (reallocating) through a function that took it by reference.
#include <cstdio>
#include <cstdlib>
#include <span>
#include <vector>
__attribute__((noinline)) static void grow(std::vector<int> &v, int n) { for (int i = 0; i < n; i++) v.push_back(i); }
__attribute__((noinline)) static long sum(std::span<const int> s) { long t = 0; for (int x : s) t += x; return t; } // BUG
int main(int argc, char **argv) {
  std::vector<int> v(8, 3);
  std::span<const int> s(v);
  grow(v, std::atoi(argv[1]) * 10);
  std::printf("%ld\n", sum(s));
  return 0;
}
