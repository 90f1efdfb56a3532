// EXPECT: heap-use-after-free
// A pointer from std::any_cast<T>(&a) is used after the any is reassigned.
#include <any>
#include <cstdio>
#include <cstdlib>
#include <vector>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::any slot = std::vector<int>(n, 7);
  auto *vec = std::any_cast<std::vector<int>>(&slot);
  for (int i = 0; i < n; i++) (*vec)[i] = argv[2][i];
  slot = n * 2;
  std::printf("%d %zu\n", std::any_cast<int>(slot), vec->size()); // BUG
  return 0;
}
