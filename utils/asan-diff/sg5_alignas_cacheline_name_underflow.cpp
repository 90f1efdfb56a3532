// EXPECT: stack-buffer-underflow
// A small name buffer is declared before a cache-line-aligned counter
// block; a trailing-space trim loop runs to index -1 of the name. memscope
// keeps the name first in the frame (the access is in the left redzone);
// ASan puts the over-aligned block first (the access lands after it).
#include <cstdio>
#include <cstring>
struct alignas(64) Counters { long hits, misses; };
__attribute__((noinline)) static void bump(Counters *c, int v) { c->hits += v; }
int main(int argc, char **argv) {
  char name[16];
  Counters stats{};
  std::memset(name, ' ', sizeof name);
  bump(&stats, argc);
  int i = 15;
  while (name[i] == ' ') // BUG
    i--;
  std::printf("%d %ld\n", i, stats.hits);
  return 0;
}
