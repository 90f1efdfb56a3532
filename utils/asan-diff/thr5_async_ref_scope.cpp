// EXPECT: stack-use-after-scope
// std::async(std::launch::async) gets a const reference to an array local
// to an inner block; the task waits on a future that main satisfies only
// after the block ended, then sums the array.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <future>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::promise<void> go;
  std::shared_future<void> gate = go.get_future().share();
  std::future<long> res;
  {
    std::array<int, 16> vals;
    for (int i = 0; i < 16; i++) vals[i] = n * i;
    res = std::async(std::launch::async, [gate](const std::array<int, 16> &v) {
      gate.wait();
      long s = 0;
      for (int i = 0; i < 16; i++) s += v[i]; // BUG
      return s;
    }, std::cref(vals));
  }
  go.set_value();
  std::printf("%ld\n", res.get());
  return 0;
}
