// EXPECT: leak
// A request parser placement-constructs its Header objects in an arena it
// maps with mmap() and never destroys them individually (the arena is
// "freed" by dropping it). Each Header holds std::strings too long for the
// small-string buffer, so their characters live on the heap, pointed to only
// from the anonymous mapping, which LSan does not scan: every string buffer
// is reported as leaked.
#include <sys/mman.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>

struct Header {
  std::string name;
  std::string value;
  int index;
};

struct Arena {
  char *base;
  size_t used, size;
  void *take(size_t n) {
    n = (n + 15) & ~static_cast<size_t>(15);
    if (used + n > size) return nullptr;
    void *p = base + used;
    used += n;
    return p;
  }
};

static Arena g_arena;
static Header *g_headers[16];
static int g_count;

__attribute__((noinline)) static void parse(int n, const char *alpha) {
  g_arena.size = 1 << 16;
  g_arena.base = static_cast<char *>(mmap(nullptr, g_arena.size, PROT_READ | PROT_WRITE,
                                          MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
  g_arena.used = 0;
  for (int i = 0; i < n / 2; i++) {
    void *slot = g_arena.take(sizeof(Header));
    Header *h = new (slot) Header;
    h->name = std::string("X-Custom-Header-Number-") + std::to_string(i);
    h->value = std::string(static_cast<size_t>(n + 20 + i), alpha[i % 26]);
    h->index = i;
    g_headers[g_count++] = h; // points into the mapping, not at a heap block
  }
}

__attribute__((noinline, no_sanitize("address"))) static void scrub() {
  char z[16384];
  std::memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

__attribute__((noinline)) static size_t total() {
  size_t t = 0;
  for (int i = 0; i < g_count; i++) t += g_headers[i]->name.size() + g_headers[i]->value.size();
  return t;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  parse(n, argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  scrub();
  std::printf("headers %d bytes %zu\n", g_count, total());
  return 0;
}
