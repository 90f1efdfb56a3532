// EXPECT: heap-buffer-overflow
// FLAGS: -std=c++20
// A log viewer shows the last `tail` entries of the history with
// std::span::last(tail). The requested tail is larger than the history
// (the precondition count <= size() is unchecked), so the span begins
// before the vector's storage.
#include <cstdio>
#include <cstdlib>
#include <span>
#include <vector>

struct Entry { int level; unsigned code; };

__attribute__((noinline)) static unsigned digest(std::span<const Entry> tail) {
  unsigned h = 0;
  for (const Entry &e : tail) h = h * 131 + e.code + e.level; // BUG
  return h;
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<Entry> history;
  for (int i = 0; i < n; i++) history.push_back(Entry{i % 3, unsigned(argv[2][i])});
  history.shrink_to_fit();
  size_t tail = n + n / 5;       // "last 12 lines", but only 10 exist
  std::span<const Entry> all(history);
  unsigned h = digest(all.last(tail));
  std::printf("%08x %d\n", h, argc);
  return 0;
}
