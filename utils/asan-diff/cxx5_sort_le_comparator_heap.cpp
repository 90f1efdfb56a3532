// EXPECT: heap-buffer-overflow
// std::sort with a non-strict comparator on many equal keys walks off the front of a heap vector.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>
struct Rec { int key; int seq; };
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<Rec> recs;
  for (int i = 0; i < n * 5; i++) recs.push_back({argv[2][0], i});
  std::sort(recs.begin(), recs.end(),
            [](const Rec &a, const Rec &b) { return a.key <= b.key; }); // BUG
  std::printf("%d %d\n", recs.front().seq, recs.back().seq);
  return 0;
}
