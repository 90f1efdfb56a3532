// EXPECT: none
// Connection objects whose constructors use a function-try-block: member
// sub-objects with arrays (a send buffer, a header table) are built in
// order, a later member's constructor throws, the handler logs from the
// constructor's parameters and the exception propagates (implicitly
// rethrown) through several frames with local arrays to a retry loop that
// backs off and tries again; the last attempt succeeds. Partially built
// members are destroyed by the unwinder, and a member destructor catches
// an exception of its own during that unwinding.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>

static int g_attempt;
static long g_log;

struct SendBuffer {
  char data[3000];
  size_t used = 0;
  SendBuffer() { std::memset(data, 0, sizeof data); }
  ~SendBuffer() {
    try {
      if (used == 0) throw std::runtime_error("flush of empty buffer");
    } catch (const std::exception &e) {
      g_log += (long)std::strlen(e.what());
    }
  }
};

struct Headers {
  std::string names[6];
  explicit Headers(int n) {
    for (int i = 0; i < 6; i++) names[i] = "X-Header-" + std::to_string(i * n);
  }
};

struct Handshake {
  unsigned char nonce[64];
  explicit Handshake(int attempt) {
    for (int i = 0; i < 64; i++) nonce[i] = (unsigned char)(i * attempt);
    if (attempt < 3) throw std::runtime_error("handshake refused, attempt " + std::to_string(attempt));
  }
};

struct Connection {
  SendBuffer out;
  Headers hdr;
  Handshake hs;
  Connection(const char *host, int attempt) try : hdr(attempt), hs(attempt) {
    out.used = std::strlen(host);
    std::memcpy(out.data, host, out.used);
  } catch (const std::exception &e) {
    char msg[128];
    std::snprintf(msg, sizeof msg, "%s: %s", host, e.what());
    g_log += (long)std::strlen(msg);
    // implicitly rethrown
  }
  long checksum() const { return out.data[0] + hs.nonce[63] + (long)hdr.names[5].size(); }
};

__attribute__((noinline)) static long open_and_use(const char *host, int attempt) {
  double stats[200];
  for (int i = 0; i < 200; i++) stats[i] = i;
  Connection c(host, attempt);
  return c.checksum() + (long)stats[199];
}

__attribute__((noinline)) static long session(const char *host, int attempt) {
  char scratch[4096];
  std::memset(scratch, 'z', sizeof scratch);
  return open_and_use(host, attempt) + scratch[4095];
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  long total = 0;
  for (int job = 0; job < n * 5; job++) {
    for (g_attempt = 0;; g_attempt++) {
      try {
        total += session(job % 2 ? "example.org" : "a-much-longer-host-name.example.com", g_attempt);
        break;
      } catch (const std::runtime_error &e) {
        total += e.what()[0] == 'h';
      }
    }
  }
  std::printf("%ld %ld\n", total, g_log);
  return 0;
}
