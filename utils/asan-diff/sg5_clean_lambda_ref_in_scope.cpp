// EXPECT: none
// Lambdas capturing locals by reference, stored in std::function and in
// a vector, all called while the captured locals are alive.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>
__attribute__((noinline)) static long apply_all(const std::vector<std::function<long(long)>> &fs, long v) {
  for (auto &f : fs) v = f(v);
  return v;
}
int main(int argc, char **argv) {
  long scale[4] = {2, 3, std::atol(argv[1]), argc};
  int calls = 0;
  std::vector<std::function<long(long)>> fs;
  for (int i = 0; i < 4; i++) fs.push_back([&scale, &calls, i](long v) { ++calls; return v * scale[i] % 1000003; });
  long r = apply_all(fs, 7);
  {
    int local_bias[3] = {1, 2, 3};
    std::function<long()> f = [&] { return local_bias[2] + r; };
    r = f();
  }
  std::vector<int> v(20);
  int k = 0;
  std::generate(v.begin(), v.end(), [&k] { return k++ * 3; });
  std::for_each(v.begin(), v.end(), [&](int x) { r += x * scale[x % 4]; });
  std::printf("%ld %d\n", r, calls);
  return 0;
}
