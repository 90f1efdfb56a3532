// EXPECT: double-free
// A connection's destructor frees its buffer during unwinding; the handler,
// which was handed the same raw buffer pointer in the exception, frees it
// again.
#include <cstdio>
#include <cstdlib>
#include <cstring>

struct SendFailed { char *pending; size_t len; };

struct Conn {
  char *buf;
  explicit Conn(size_t n) : buf(static_cast<char *>(std::malloc(n))) {}
  ~Conn() { std::free(buf); }
};

__attribute__((noinline)) static void send_all(const char *msg, int n) {
  Conn c(64);
  std::strncpy(c.buf, msg, 63);
  c.buf[63] = 0;
  if (n > 4) throw SendFailed{c.buf, std::strlen(c.buf)};
}

int main(int argc, char **argv) {
  try {
    send_all(argv[2], std::atoi(argv[1]));
  } catch (const SendFailed &sf) {
    std::fprintf(stderr, "dropping %zu bytes\n", sf.len);
    std::free(sf.pending); // BUG
  }
  return 0;
}
