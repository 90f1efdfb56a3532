// EXPECT: stack-use-after-scope
// FLAGS: -std=c++20
// A std::jthread declared outside an inner scope runs a lambda capturing a
// std::string of that scope by reference; the lambda waits on a latch that
// main counts down only after the scope ended.
#include <cstdio>
#include <cstdlib>
#include <latch>
#include <string>
#include <thread>
static volatile long sink;
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::latch gate(1);
  std::jthread t;
  {
    std::string label(argv[2]);
    label += label;
    t = std::jthread([&label, &gate, n] {
      gate.wait();
      sink = label.size() + n; // BUG
    });
  }
  gate.count_down();
  t.join();
  std::printf("%ld\n", sink);
  return 0;
}
