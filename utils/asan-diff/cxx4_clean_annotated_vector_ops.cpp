// EXPECT: none
// FLAGS: -D_GLIBCXX_SANITIZE_VECTOR
// Annotated libstdc++ vectors through reserve, insert in the middle, erase, shrink_to_fit, swap, move, resize down and up, nested vectors, and std::copy/memcpy of exactly size() elements.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <utility>
#include <vector>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<int> v;
  v.reserve(8 * n);
  for (int i = 0; i < n; i++) v.push_back(argv[2][i]);
  v.insert(v.begin() + n / 2, argv[2], argv[2] + n);
  v.erase(v.begin(), v.begin() + 3);
  std::vector<int> w(v.begin(), v.end());
  w.resize(2);
  w.resize(3 * n, 9);
  v.swap(w);
  std::vector<int> moved = std::move(w);
  moved.shrink_to_fit();
  int out[64];
  std::copy(v.data(), v.data() + v.size(), out);
  std::vector<char> c(argv[2], argv[2] + n);
  c.reserve(8 * n);
  char cout_[32];
  std::memcpy(cout_, c.data(), c.size());
  std::vector<std::vector<int>> grid;
  for (int i = 0; i < n; i++) {
    grid.emplace_back(i + 1, i);
    grid.back().push_back(argv[2][i]);
  }
  grid.erase(grid.begin() + 1);
  long sum = 0;
  for (auto &row : grid) sum += row.back();
  std::printf("%d %zu %d %.10s %ld %zu\n", out[v.size() - 1], moved.size(), moved[0], cout_, sum, grid.size());
  return 0;
}
