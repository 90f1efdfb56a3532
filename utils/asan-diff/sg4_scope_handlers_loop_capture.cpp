// EXPECT: stack-use-after-scope
// Handlers stored in a vector of std::function capture a loop-body local by
// reference; they run after the loop.
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>
int main(int argc, char **argv) {
  std::vector<std::function<int()>> handlers;
  int n = std::atoi(argv[1]) / 5;
  for (int i = 0; i < n; i++) {
    int weight = i * argc + 1;
    handlers.push_back([&weight] { return weight * 2; }); // BUG
  }
  long s = 0;
  for (auto &h : handlers) s += h();
  std::printf("%ld\n", s);
  return 0;
}
