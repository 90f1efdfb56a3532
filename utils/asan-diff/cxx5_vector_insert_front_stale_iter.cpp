// EXPECT: heap-use-after-free
// A cursor into a std::vector of scores survives an insert at the front.
#include <cstdio>
#include <cstdlib>
#include <vector>
struct Score { int player; int points; };
static void record(std::vector<Score> &board, int player, int points) {
  board.insert(board.begin(), Score{player, points});
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<Score> board;
  for (int i = 0; i < n; i++) board.push_back({i, argv[2][i]});
  auto best = board.begin();
  for (auto it = board.begin(); it != board.end(); ++it)
    if (it->points > best->points) best = it;
  for (int i = 0; i < n; i++) record(board, 100 + i, i);
  std::printf("best player %d with %d\n", best->player, best->points); // BUG
  return 0;
}
