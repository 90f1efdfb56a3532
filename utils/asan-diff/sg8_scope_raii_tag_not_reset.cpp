// EXPECT: stack-use-after-scope
// A RAII helper publishes the name of the current phase in a global while
// a block runs; its destructor was supposed to restore the previous name
// but is empty. The name lives in a buffer local to the block, so the
// logger called after the block reads dead stack memory.
#include <cstdio>
#include <cstdlib>

static const char *g_phase = "init";

struct PhaseTag {
  const char *prev;
  explicit PhaseTag(const char *name) : prev(g_phase) { g_phase = name; }
  ~PhaseTag() { /* g_phase = prev;  (forgotten) */ }
};

__attribute__((noinline)) static void log_line(const char *msg) {
  std::printf("[%c] %s\n", g_phase[0], msg); // BUG
}

__attribute__((noinline)) static int crunch(int n) {
  int s = 0;
  for (int i = 0; i < n; i++) s += i * i;
  return s;
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  int r;
  {
    char name[24];
    std::snprintf(name, sizeof name, "phase-%d", n);
    PhaseTag tag(name);
    r = crunch(n + argc);
  }
  log_line("done");
  return r == 42;
}
