// EXPECT: heap-use-after-free
// A std::deque iterator kept across push_front calls that reallocate the
// deque's node map; advancing it across a node reads the freed map.
#include <cstdio>
#include <cstdlib>
#include <deque>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::deque<int> d(n, 1);
  auto it = d.begin();
  for (int i = 0; i < 200 * n; i++) d.push_front(i);
  it += 20 * n; // BUG
  std::printf("%d\n", *it);
  return 0;
}
