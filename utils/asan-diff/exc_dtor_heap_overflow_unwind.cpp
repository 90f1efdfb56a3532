// EXPECT: heap-buffer-overflow
// A buffered writer flushes in its destructor, which also runs while an
// exception unwinds the frame; the flush terminates the buffer one past
// its heap allocation.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

struct Writer {
  char *buf;
  size_t cap, used = 0;
  explicit Writer(size_t c) : cap(c) { buf = static_cast<char *>(std::malloc(c)); }
  void put(char c) { if (used < cap) buf[used++] = c; }
  ~Writer() {
    buf[used] = '\0'; // BUG
    std::fprintf(stderr, "flush %zu bytes\n", std::strlen(buf));
    std::free(buf);
  }
};

__attribute__((noinline)) static void emit(const char *src, int n) {
  Writer w(n);
  for (int i = 0; src[i]; i++) {
    w.put(src[i]);
    if (i > 20) throw std::overflow_error("record too long");
  }
}

int main(int argc, char **argv) {
  try {
    emit(argv[2], std::atoi(argv[1]));
  } catch (const std::overflow_error &e) {
    std::printf("%s\n", e.what());
  }
  return 0;
}
