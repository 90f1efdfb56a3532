// EXPECT: stack-use-after-return
// A connection object on a helper's stack registers `this` with a global
// monitor in its constructor, then the constructor throws; the helper's
// frame (with a std::string to destroy) is unwound, and the monitor later
// reads the registered object.
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <system_error>

struct Conn;
static Conn *g_monitored[4];
static int g_count;

struct Conn {
  int fd;
  char peer[20];
  Conn(int f, const char *p) : fd(f) {
    std::snprintf(peer, sizeof peer, "%s", p);
    g_monitored[g_count++ % 4] = this;
    if (f > 5) throw std::system_error(std::error_code(f, std::generic_category()), "connect");
  }
};

__attribute__((noinline)) static int open_conn(const char *host, int fd) {
  std::string name = std::string(host) + ":80";
  Conn c(fd, name.c_str());
  return c.fd;
}

int main(int argc, char **argv) {
  int fd = -1;
  try {
    fd = open_conn(argv[2], std::atoi(argv[1]));
  } catch (const std::exception &e) {
    std::fprintf(stderr, "%s\n", e.what());
  }
  for (int i = 0; i < g_count; i++)
    std::printf("%d %c\n", g_monitored[i]->fd, g_monitored[i]->peer[0]); // BUG
  return fd > 0;
}
