// EXPECT: heap-use-after-free
// Erasing from a std::unordered_multimap equal_range while advancing the erased iterator.
#include <cstdio>
#include <cstdlib>
#include <unordered_map>
#include <string>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::unordered_multimap<int, std::string> subs;
  for (int i = 0; i < n; i++)
    subs.emplace(i % 3, std::string(argv[2] + i, 4));
  auto range = subs.equal_range(1);
  int removed = 0;
  for (auto it = range.first; it != range.second; ++it) { // BUG
    if (it->second[0] != '#') {
      subs.erase(it);
      removed++;
    }
  }
  std::printf("%d removed, %zu left\n", removed, subs.size());
  return 0;
}
