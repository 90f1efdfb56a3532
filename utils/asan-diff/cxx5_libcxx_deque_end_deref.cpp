// EXPECT: container-overflow
// FLAGS: -stdlib=libc++
// A libc++ std::deque is read at end(), inside its block but past its last element.
#include <cstdio>
#include <cstdlib>
#include <deque>
static int peek_next(const std::deque<int> &q, std::deque<int>::const_iterator it) {
  return *it; // BUG
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::deque<int> q;
  for (int i = 0; i < n; i++) q.push_back(argv[2][i]);
  auto it = q.begin();
  while (it != q.end() && *it != 'Z') ++it;
  std::printf("%d\n", peek_next(q, it));
  return 0;
}
