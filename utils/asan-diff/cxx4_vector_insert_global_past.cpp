// EXPECT: global-buffer-overflow
// std::vector<short>::insert of a range running one past a global short[10].
#include <cstdio>
#include <cstdlib>
#include <vector>
short g_ids[10] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<short> v(3, 0);
  v.insert(v.begin() + 1, g_ids, g_ids + n + 1); // BUG
  std::printf("%zu %d\n", v.size(), v[2]);
  return 0;
}
