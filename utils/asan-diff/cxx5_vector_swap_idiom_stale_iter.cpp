// EXPECT: heap-use-after-free
// The swap-with-temporary idiom frees a vector's storage while an iterator still points into it.
#include <cstdio>
#include <cstdlib>
#include <vector>
static void release_memory(std::vector<long> &v) { std::vector<long>().swap(v); }
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<long> cache;
  for (int i = 0; i < n * 4; i++) cache.push_back(argv[2][i % 26] * 3L);
  auto cursor = cache.begin() + n;
  release_memory(cache);
  long v = *cursor; // BUG
  std::printf("%ld %zu\n", v, cache.size());
  return 0;
}
