// EXPECT: heap-use-after-free
// An unordered_map iterator is dereferenced after its element was erased by
// key (and the table rehashed by further inserts).
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unordered_map>
int main(int argc, char **argv) {
  std::unordered_map<int, std::string> m;
  for (int i = 0; i < 16; i++) m.emplace(i, std::string(30, 'a' + i));
  int k = std::atoi(argv[1]);
  auto it = m.find(k);
  m.erase(k);
  for (int i = 100; i < 200; i++) m.emplace(i, "x");
  std::printf("%d %zu\n", it->first, m.size()); // BUG
  return 0;
}
