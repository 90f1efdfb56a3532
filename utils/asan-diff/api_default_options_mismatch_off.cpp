// EXPECT: none
// A legacy code base that mixes malloc and delete in a few known places
// defines __asan_default_options() to turn off alloc_dealloc_mismatch
// (as the ASan docs suggest for such code), and __lsan_default_options() to
// turn off leak detection for the intentionally leaked plugin registry. With
// those options in force the program is quiet under ASan; memscope must read
// the same hooks and be quiet as well.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>

extern "C" const char *__asan_default_options() {
  return "alloc_dealloc_mismatch=0:detect_leaks=1";
}
extern "C" const char *__lsan_default_options() { return "detect_leaks=0"; }

struct Plugin {
  char name[24];
  Plugin *next;
};

static Plugin *registry;

static void add_plugin(const char *name) {
  Plugin *p = new Plugin;
  std::strncpy(p->name, name, sizeof p->name - 1);
  p->name[sizeof p->name - 1] = 0;
  p->next = registry;
  registry = p;
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  for (int i = 0; i < n; i++) add_plugin(argv[2] + i);
  char *legacy = static_cast<char *>(std::malloc(32));
  std::snprintf(legacy, 32, "%d plugins", n);
  std::puts(legacy);
  delete legacy; /* mismatch, allowed by alloc_dealloc_mismatch=0 */
  registry = nullptr; /* leaked on purpose; leak detection is off */
  return 0;
}
