// EXPECT: heap-buffer-overflow
// std::vector<bool> indexed one word past its bits.
#include <cstdio>
#include <cstdlib>
#include <vector>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<bool> seen(n * 3);
  for (int i = 0; i < n; i++) seen[argv[2][i] - 'A'] = true;
  int probe = n * 7;
  std::printf("%d %d\n", (int)seen[3], (int)seen[probe]); // BUG
  return 0;
}
