// EXPECT: bad-__sanitizer_annotate_double_ended_contiguous_container
// FLAGS: -stdlib=libc++
// pop_back on a libc++ std::deque that pop_front just emptied: libc++'s
// double-ended container annotation gets an end before the begin.
#include <cstdio>
#include <cstdlib>
#include <deque>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::deque<int> d;
  d.push_back(argv[2][n]);
  std::printf("%d\n", d.front());
  d.pop_front();
  d.pop_back(); // BUG
  std::printf("%zu\n", d.size());
  return 0;
}
