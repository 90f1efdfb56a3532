// EXPECT: leak
// A tokenizer keeps, for each loaded source file, only a std::string_view of
// the part not yet consumed; the buffers are never freed. A view into the
// middle of a buffer is an interior pointer and keeps it reachable. For files
// that were consumed completely the view is empty and its data() points one
// past the end of the buffer: that is no pointer into the block, so those
// buffers are reported as leaked.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

struct Source {
  std::string_view rest;
  int line;
};

static Source g_sources[6];

__attribute__((noinline)) static void load(int n, const char *alpha) {
  for (int i = 0; i < 6; i++) {
    size_t len = static_cast<size_t>(n) * 5 + static_cast<size_t>(i) * 3 + 1;
    char *buf = new char[len];
    for (size_t j = 0; j < len; j++) buf[j] = alpha[(i + j) % 26];
    std::string_view sv(buf, len);
    size_t consumed = (i % 2 == 0) ? len : len / 2; // even files fully consumed
    g_sources[i].rest = sv.substr(consumed); // BUG (even files): data() == buf + len
    g_sources[i].line = static_cast<int>(consumed / 10);
  }
}

__attribute__((noinline, no_sanitize("address"))) static void scrub() {
  char z[16384];
  std::memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

__attribute__((noinline)) static size_t remaining() {
  size_t t = 0;
  for (const Source &s : g_sources) t += s.rest.size() + static_cast<size_t>(s.line);
  return t;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  load(n, argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  scrub();
  std::printf("remaining %zu\n", remaining());
  return 0;
}
