// EXPECT: stack-use-after-return
// A recursive scanner 41 levels deep, each level holding a 12 KiB block,
// retries a probe (same frame size) 23 times at the bottom, each probe
// throwing; then a last fetch throws after publishing a pointer to its own
// block, and the handler reads the block through it.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>

static const char *g_saved;

__attribute__((noinline)) static int probe(const char *s, int i) {
  std::string tag(s, 3);
  char block[12 * 1024];
  std::memset(block, s[i % 26], sizeof block);
  if (block[i] != 0) throw std::runtime_error("probe " + tag);
  return block[5];
}

__attribute__((noinline)) static int fetch_last(const char *s, int n) {
  std::string tag(s, 4);
  char block[12 * 1024];
  std::snprintf(block, sizeof block, "%s/%s", tag.c_str(), s);
  g_saved = block;
  if (block[n] != 0) throw std::runtime_error("no more data");
  return block[1];
}

__attribute__((noinline)) static long walk(const char *s, int depth, int n) {
  char block[12 * 1024];
  std::memset(block, depth, sizeof block);
  if (depth == 40) {
    long r = 0;
    for (int i = 0; i < 23; i++) {
      try { r += probe(s, i); } catch (const std::exception &) { r++; }
    }
    try {
      r += fetch_last(s, n);
    } catch (const std::exception &e) {
      r += g_saved[n]; // BUG
    }
    return r + block[n];
  }
  return walk(s, depth + 1, n) + block[depth];
}

int main(int argc, char **argv) {
  std::printf("%ld\n", walk(argv[2], 0, std::atoi(argv[1])));
  return 0;
}
