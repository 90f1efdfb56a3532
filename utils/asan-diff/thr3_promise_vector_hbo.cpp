// EXPECT: heap-buffer-overflow
// A worker fulfils a std::promise<std::vector<int>>; main reads one element
// past the end of the vector it received.
#include <cstdio>
#include <cstdlib>
#include <future>
#include <thread>
#include <vector>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::promise<std::vector<int>> pr;
  auto fut = pr.get_future();
  std::thread t([&pr, n] {
    std::vector<int> v;
    v.reserve(n);
    for (int i = 0; i < n; i++) v.push_back(i * i);
    pr.set_value(std::move(v));
  });
  std::vector<int> got = fut.get();
  t.join();
  const int *d = got.data();
  std::printf("%d\n", d[n]); // BUG
  return 0;
}
