// EXPECT: heap-use-after-free
// A reference to v[0] is kept across push_back past capacity, which moves
// the elements to a new buffer and frees the old one.
#include <cstdio>
#include <cstdlib>
#include <vector>
int main(int argc, char **argv) {
  std::vector<long> v;
  v.reserve(4);
  for (int i = 0; i < 4; i++) v.push_back(i);
  long &first = v[0];
  int n = std::atoi(argv[1]);
  for (int i = 0; i < n; i++) v.push_back(i * 2);
  std::printf("%ld %zu\n", first, v.size()); // BUG
  return 0;
}
