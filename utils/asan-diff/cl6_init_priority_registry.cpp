// EXPECT: none
// Global objects with init_priority build a plugin registry before main:
// the registry (priority 101) holds a fixed global array of entries, the
// plugins (priorities 200-300 and default) register themselves from their
// constructors and copy their names into it with exact lengths, one plugin
// uses a function-local static (constructed on first use during another
// global's constructor), and destructors at exit unregister in reverse
// order and read the registry while it is still alive.
#include <cstdio>
#include <cstdlib>
#include <cstring>

struct Registry {
  struct Entry {
    char name[12];
    int order;
    bool live;
  } e[8];
  int n = 0;
  int ctor_seen = 0;
  Registry() { ctor_seen = 1; std::memset(e, 0, sizeof e); }
  int add(const char *name, int order) {
    size_t len = std::strlen(name);
    if (len > sizeof e[0].name) len = sizeof e[0].name;  // may fill all 12
    std::memcpy(e[n].name, name, len);
    e[n].order = order;
    e[n].live = true;
    return n++;
  }
  ~Registry() {
    int live = 0;
    for (int i = 0; i < n; i++) live += e[i].live;
    std::printf("registry down, %d still live\n", live);
  }
};

Registry g_registry __attribute__((init_priority(101)));

struct Table {
  double w[64];
  Table() { for (int i = 0; i < 64; i++) w[i] = i * 0.5; }
};

static Table &weights() {
  static Table t;  // first used from a global constructor
  return t;
}

struct Plugin {
  int slot;
  char label[12];
  explicit Plugin(const char *name) {
    std::memcpy(label, name, sizeof label);
    slot = g_registry.add(name, g_registry.n);
    weights().w[slot] += 1;
  }
  ~Plugin() {
    g_registry.e[slot].live = false;
    std::printf("unload %.12s (%d)\n", g_registry.e[slot].name, g_registry.e[slot].order);
  }
};

Plugin g_late("late-plugin!");
Plugin g_p300 __attribute__((init_priority(300))) ("compressor12");
Plugin g_p200 __attribute__((init_priority(200))) ("crypto______");
Plugin g_p250 __attribute__((init_priority(250))) ("net_________");

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  double s = 0;
  for (int i = 0; i < g_registry.n; i++) s += weights().w[i] + g_registry.e[i].order;
  std::printf("%d plugins, first %.12s last %.12s, %.1f\n", g_registry.n, g_registry.e[0].name,
              g_registry.e[g_registry.n - 1].name, s + n);
  return 0;
}
