// EXPECT: stack-use-after-return
// Same shape as a lookup that fails, but its frame holds a std::string, so
// the unwinder runs the frame's cleanup and leaves it through `resume`; the
// handler reads the local table through the pointer the lookup published.
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>

static const int *g_last_table;

__attribute__((noinline)) static int lookup(const char *keys, int want) {
  std::string label = std::string("lookup:") + keys;
  int table[32];
  for (int i = 0; i < 32; i++) table[i] = keys[i % 26] * (i + 1);
  g_last_table = table;
  for (int i = 0; i < 32; i++)
    if (table[i] == want) return i;
  throw std::out_of_range(label);
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  int idx = -1;
  try {
    idx = lookup(argv[2], -n);
  } catch (const std::out_of_range &e) {
    std::printf("%s: first entry %d\n", e.what(), g_last_table[n]); // BUG
  }
  std::printf("%d\n", idx);
  return 0;
}
