// EXPECT: heap-use-after-free
// A widget's constructor registers `this` with a global registry and then
// throws while loading its resource; the new-expression frees the storage,
// and a later walk of the registry reads the half-built widget.
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <vector>

struct Widget;
static std::vector<Widget *> g_registry;

struct Widget {
  int id;
  int size;
  Widget(int i, const char *res) : id(i), size(0) {
    g_registry.push_back(this);
    if (res[i] == 'D') throw std::runtime_error("resource missing");
    size = res[i];
  }
};

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<Widget *> owned;
  for (int i = 0; i < n; i++) {
    try {
      owned.push_back(new Widget(i, argv[2]));
    } catch (const std::exception &e) {
      std::fprintf(stderr, "widget %d: %s\n", i, e.what());
    }
  }
  long total = 0;
  for (Widget *w : g_registry) total += w->size; // BUG
  std::printf("%ld\n", total);
  for (Widget *w : owned) delete w;
  return 0;
}
