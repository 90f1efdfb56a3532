// EXPECT: none
// main builds its item table with new Item[count] (Item has a destructor, so
// the array carries a count cookie) and registers the table with its
// shutdown hook. For an empty input the count is 0: the block is just the
// 8-byte cookie and the pointer new[] returns is its end. The tool then
// prints its usage and calls exit() from a helper, with main suspended
// holding the table. LSan counts a pointer just past an 8-byte block whose
// cookie is 0 as pointing into it (operator new[](0)'s special case), so the
// table is reachable: no leak may be reported.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

struct Item {
  std::string name;
  int weight = 0;
  ~Item() { weight = -1; }
};

struct Tables {
  std::unique_ptr<Item[]> items;
  std::vector<std::string> *labels;
};

static Tables *volatile g_shutdown_hook; // what a signal handler would flush

__attribute__((noinline)) static void usage_and_exit(const char *prog, int code) {
  std::fflush(stdout);
  std::fprintf(stderr, "usage: %s COUNT NAMES (no items given)\n", prog);
  std::exit(code);
}

int main(int argc, char **argv) {
  int count = (argc > 1 ? std::atoi(argv[1]) : 10) - 10; // 0 for the standard input
  Tables t;
  g_shutdown_hook = &t;
  t.items.reset(new Item[static_cast<size_t>(count)]);
  t.labels = nullptr;
  for (int i = 0; i < count; i++) t.items[static_cast<size_t>(i)].name = argv[2];
  if (count == 0) usage_and_exit(argv[0], 0);
  std::printf("%d items\n", count);
  g_shutdown_hook = nullptr;
  return 0;
}
