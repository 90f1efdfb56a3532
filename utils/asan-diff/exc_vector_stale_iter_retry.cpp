// EXPECT: heap-use-after-free
// A batch loader keeps an iterator to the first record, then appends in a
// loop that stops when a conversion throws; the appends before the throw
// reallocated the vector, and the handler reports through the old iterator.
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <vector>

struct Rec { int key; long payload; };

__attribute__((noinline)) static Rec convert(const char *s, int i) {
  if (s[i] == 'P') throw std::invalid_argument("bad record " + std::to_string(i));
  return Rec{i, s[i] * 3L};
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<Rec> recs;
  recs.push_back(Rec{-1, 0});
  auto head = recs.begin();
  try {
    for (int i = 0; i < n * 3; i++) recs.push_back(convert(argv[2], i));
  } catch (const std::invalid_argument &e) {
    std::printf("%s after key %d\n", e.what(), head->key); // BUG
  }
  std::printf("%zu\n", recs.size());
  return 0;
}
