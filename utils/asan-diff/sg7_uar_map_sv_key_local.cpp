// EXPECT: stack-use-after-return
// FLAGS: -std=c++17
// An index keyed by std::string_view is filled by a helper that formats
// each key into a local char buffer; the keys dangle once the helper
// returns, and the later lookup compares against dead stack memory.
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string_view>
static std::map<std::string_view, int> g_index;
__attribute__((noinline)) static void register_item(int id) {
  char key[24];
  int len = std::snprintf(key, sizeof key, "item-%04d", id);
  g_index[std::string_view(key, (size_t)len)] = id;
}
__attribute__((noinline)) static int lookup(std::string_view k) {
  auto it = g_index.find(k); // BUG
  return it == g_index.end() ? -1 : it->second;
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  register_item(n);
  int v = lookup("item-0010");
  std::printf("%d %d\n", v, argc);
  return 0;
}
