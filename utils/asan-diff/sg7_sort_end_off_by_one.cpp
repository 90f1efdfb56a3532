// EXPECT: stack-buffer-overflow
// A leaderboard keeps the scores of a round in a local array and sorts
// `scores, scores + count + 1` (the code treated count as the last index);
// std::sort reads the element after the array.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
__attribute__((noinline)) static bool by_desc(int a, int b) { return a > b; }
__attribute__((noinline)) static int top3(int seed, int count) {
  int scores[12];
  for (int i = 0; i < 12; i++) scores[i] = (seed * (i + 3)) % 17;
  std::sort(scores, scores + count + 1, by_desc); // BUG
  return scores[0] + scores[1] + scores[2];
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  int count = n + 2;  // 12 scores this round
  int best = top3(n + argc, count);
  std::printf("%d %d\n", best, count);
  return 0;
}
