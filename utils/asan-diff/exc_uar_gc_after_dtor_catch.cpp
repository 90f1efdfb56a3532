// EXPECT: stack-use-after-return
// While an exception unwinds, an audit guard's destructor swallows an
// exception of its own (a failed log write). The frames above it have no
// cleanups; the top-level handler first calls a reporting helper and then
// reads a table of one of those abandoned frames through a saved pointer.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

static const int *g_table;

__attribute__((noinline)) static void write_log(int v) {
  char line[32];
  std::snprintf(line, sizeof line, "audit %d", v);
  if (line[6] != 0) throw std::runtime_error("log device full");
}

struct Audit {
  int v;
  ~Audit() {
    try {
      write_log(v);
    } catch (const std::exception &) {
    }
  }
};

__attribute__((noinline)) static void commit(int n) {
  if (n > 2) throw std::runtime_error("commit rejected");
}

__attribute__((noinline)) static void apply(int n) {
  Audit a{n};
  commit(n);
}

__attribute__((noinline)) static void plan(const char *s, int n) {
  int table[24];
  for (int i = 0; i < 24; i++) table[i] = s[i] * n;
  g_table = table;
  apply(n);
}

__attribute__((noinline)) static void run(const char *s, int n) {
  long budget[4] = {n, n, n, n};
  plan(s, (int)budget[n % 4]);
}

__attribute__((noinline)) static int report(const char *what) {
  char msg[64];
  std::snprintf(msg, sizeof msg, "failed: %s", what);
  return (int)std::strlen(msg);
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  int r = 0;
  try {
    run(argv[2], n);
  } catch (const std::exception &e) {
    r = report(e.what());
    r += g_table[n]; // BUG
  }
  std::printf("%d\n", r);
  return 0;
}
