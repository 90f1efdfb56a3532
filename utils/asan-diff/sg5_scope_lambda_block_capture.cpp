// EXPECT: stack-use-after-scope
// A std::function declared before a block is set inside it to a lambda
// capturing the block's local by reference, and called after the block.
#include <cstdio>
#include <cstdlib>
#include <functional>
int main(int argc, char **argv) {
  std::function<long()> report;
  {
    long totals[3] = {std::atol(argv[1]), argc, 7};
    report = [&totals] { return totals[0] + totals[2]; }; // BUG
    totals[1] += report();
  }
  std::printf("%ld\n", report());
  return 0;
}
