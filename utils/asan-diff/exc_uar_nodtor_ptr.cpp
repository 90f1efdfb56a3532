// EXPECT: stack-use-after-return
// A lookup routine publishes a pointer into its local scratch table, then
// throws (no destructors in its frame, so the unwinder runs no cleanup
// there); the caller's handler reads the table through the pointer.
#include <cstdio>
#include <cstdlib>
#include <cstring>

struct NotFound { int key; };

static const int *g_last_table;

__attribute__((noinline)) static int lookup(const char *keys, int want) {
  int table[32];
  for (int i = 0; i < 32; i++) table[i] = keys[i % 26] * (i + 1);
  g_last_table = table;
  for (int i = 0; i < 32; i++)
    if (table[i] == want) return i;
  throw NotFound{want};
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  int idx = -1;
  try {
    idx = lookup(argv[2], -n);
  } catch (const NotFound &nf) {
    std::printf("missing %d, first entry %d\n", nf.key, g_last_table[n]); // BUG
  }
  std::printf("%d\n", idx);
  return 0;
}
