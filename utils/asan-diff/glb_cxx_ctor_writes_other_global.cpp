// EXPECT: global-buffer-overflow
// A global object's constructor (dynamic initialization, before main)
// registers itself into a global table of plugins and writes one entry
// past it because the table is sized for the old plugin count.
#include <cstdio>
#include <cstdlib>

const char *g_plugins[3];
int g_nplugins;
static volatile int g_extra = 1;

struct Plugin {
  const char *name;
  explicit Plugin(const char *n) : name(n) {
    for (int i = 0; i < 3 + g_extra; i++)
      if (!g_plugins[i]) { // BUG
        g_plugins[i] = name;
        break;
      }
    g_nplugins++;
  }
};

Plugin p1("zip"), p2("tar"), p3("gz"), p4("xz");

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::printf("%d %s %d\n", g_nplugins, g_plugins[0], n + argc);
  return 0;
}
