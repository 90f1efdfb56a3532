// EXPECT: stack-buffer-overflow
// A std::array of std::array rows on the stack: the last row is walked
// through data() one element too far.
#include <array>
#include <cstdio>
#include <cstdlib>
int main(int argc, char **argv) {
  std::array<std::array<int, 3>, 4> m;
  for (auto &row : m)
    for (int &v : row) v = argc;
  int n = std::atoi(argv[1]) - 6; /* 4 */
  const int *last = m[3].data();
  long s = 0;
  for (int i = 0; i < n; i++) s += last[i]; // BUG
  std::printf("%ld\n", s);
  return 0;
}
