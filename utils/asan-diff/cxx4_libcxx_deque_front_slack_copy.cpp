// EXPECT: container-overflow
// FLAGS: -stdlib=libc++
// std::copy from one element before a libc++ std::deque's front, into the block's annotated unused slots.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <deque>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::deque<int> d;
  for (int i = 0; i < n; i++) d.push_back(argv[2][i]);
  d.pop_front();
  d.pop_front();
  int out[4];
  const int *front = &d[0];
  std::copy(front - 1, front + 2, out); // BUG
  std::printf("%d %d %d\n", out[0], out[1], out[2]);
  return 0;
}
