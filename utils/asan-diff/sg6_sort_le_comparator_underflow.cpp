// EXPECT: stack-buffer-overflow
// std::sort on a local array with a non-strict comparator (<=): with many
// equal keys the unguarded insertion step walks before the array's start
// (into the redzone after the locals laid out before it).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
int main(int argc, char **argv) {
  int keys[40];
  int v = std::atoi(argv[1]);
  for (int i = 0; i < 40; i++) keys[i] = v;
  std::sort(keys, keys + 40, [](const int &a, const int &b) { return a <= b; }); // BUG
  std::printf("%d %d\n", keys[0], argc);
  return 0;
}
