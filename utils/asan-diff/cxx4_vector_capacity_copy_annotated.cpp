// EXPECT: container-overflow
// FLAGS: -D_GLIBCXX_SANITIZE_VECTOR
// std::copy reads two ints past a std::vector's size but inside its reserved capacity (annotated libstdc++ vector).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<int> v;
  v.reserve(4 * n);
  for (int i = 0; i < n; i++) v.push_back(argv[2][i]);
  int out[16];
  std::copy(v.data(), v.data() + n + 2, out); // BUG
  std::printf("%d %d\n", out[0], out[n - 1]);
  return 0;
}
