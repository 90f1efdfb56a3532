// EXPECT: heap-buffer-overflow
// std::copy into a vector sized for half the input, without a back_inserter.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>
static std::vector<int> parse(const char *s, int n) {
  std::vector<int> v;
  for (int i = 0; i < n; i++) v.push_back(s[i] - 'A');
  return v;
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<int> in = parse(argv[2], n);
  std::vector<int> out(in.size() / 2);
  std::copy(in.begin(), in.end(), out.begin()); // BUG
  std::printf("%d %zu\n", out[0], out.size());
  return 0;
}
