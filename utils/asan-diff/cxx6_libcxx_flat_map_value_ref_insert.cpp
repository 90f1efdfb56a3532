// EXPECT: heap-use-after-free
// FLAGS: -stdlib=libc++ -std=c++23
// std::flat_map keeps its mapped values in a std::vector, so inserting a
// new key can reallocate them. A word counter holds a reference to the
// count of the previous word across the insertion of the next one and
// updates it afterwards: the reference points into the freed old vector.
#include <cstdio>
#include <cstdlib>
#include <flat_map>
#include <string>

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::flat_map<std::string, long> counts;
  long *prev = nullptr;
  for (int i = 0; i < n; i++) {
    std::string word(argv[2] + i, 2);
    long &slot = counts[word];
    slot += 1;
    if (prev) *prev += 100;   // bigram bonus for the previous word // BUG
    prev = &slot;
  }
  long s = 0;
  for (auto &&[k, v] : counts) s += v;
  std::printf("%zu %ld %d\n", counts.size(), s, argc);
  return 0;
}
