// EXPECT: leak
// A widget factory keeps every widget it creates in a function-static
// std::map<std::string, Widget*> registry and never deletes them. At exit the
// registry's destructor runs (before the leak check) and frees the map's
// nodes, dropping the only pointers to the widgets: each Widget leaks
// directly and the vector buffer it owns indirectly.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <vector>

struct Widget {
  std::vector<double> geometry;
  int kind;
};

static std::map<std::string, Widget *> &registry() {
  static std::map<std::string, Widget *> r; // destroyed at exit
  return r;
}

__attribute__((noinline)) static Widget *create(const std::string &name, int kind, int n) {
  Widget *w = new Widget;
  w->kind = kind;
  w->geometry.assign(static_cast<size_t>(n + kind), 1.5 * kind);
  registry()[name] = w; // BUG: nothing ever deletes the widgets
  return w;
}

__attribute__((noinline, no_sanitize("address"))) static void scrub() {
  char z[16384];
  std::memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

__attribute__((noinline)) static double layout(int n) {
  const char *names[] = {"button", "label", "slider", "canvas"};
  double area = 0;
  for (int i = 0; i < 4; i++) area += create(names[i], i + 1, n)->geometry.size();
  for (auto &kv : registry()) area += kv.second->geometry[0];
  return area;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  double area = layout(n);
  scrub();
  std::printf("area %.1f widgets %zu\n", area, registry().size());
  return 0;
}
