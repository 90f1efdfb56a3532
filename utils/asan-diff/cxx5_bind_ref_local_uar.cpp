// EXPECT: stack-use-after-return
// A std::bind with std::ref to a local accumulator is returned from its function.
#include <cstdio>
#include <cstdlib>
#include <functional>
static void add(long &acc, int x) { acc += x; } // BUG
static std::function<void(int)> make_sink(long start) {
  long total = start;
  return std::bind(add, std::ref(total), std::placeholders::_1);
}
int main(int argc, char **argv) {
  auto sink = make_sink(std::atoi(argv[1]));
  for (int i = 0; i < 3; i++) sink(argv[2][i]);
  std::printf("done\n");
  return 0;
}
