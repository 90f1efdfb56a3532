// EXPECT: global-buffer-overflow
#include <cstdio>
#include <cstdlib>
extern "C" {
int counters[4];
__attribute__((noinline)) void bump(int i) { counters[i]++; } // BUG
}
int main(int argc, char **argv) {
  bump(std::atoi(argv[1]) - 6);
  std::printf("%d\n", counters[0]);
  return 0;
}
