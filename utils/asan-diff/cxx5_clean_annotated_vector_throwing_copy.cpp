// EXPECT: none
// FLAGS: -D_GLIBCXX_SANITIZE_VECTOR
// Annotated vectors whose element copy throws during growth and insert; the vectors stay usable afterwards.
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <vector>
static int g_budget;
struct Item {
  std::string name;
  int weight;
  Item(std::string n, int w) : name(std::move(n)), weight(w) {}
  Item(const Item &o) : name(o.name), weight(o.weight) {
    if (--g_budget == 0) throw std::runtime_error("copy budget");
  }
  Item &operator=(const Item &) = default;
};
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<Item> items;
  int failures = 0;
  for (int round = 0; round < 4; round++) {
    g_budget = 3 + round;
    try {
      for (int i = 0; i < n; i++) items.push_back(Item(std::string(20, argv[2][i]), i));
      items.insert(items.begin() + 1, Item("x", -1));
    } catch (const std::exception &) {
      failures++;
    }
  }
  g_budget = -1;
  long w = 0;
  for (const Item &it : items) w += it.weight + it.name.size();
  items.resize(items.size() / 2, Item("y", 1));
  items.shrink_to_fit();
  for (const Item &it : items) w += it.name[0];
  std::printf("%d %zu %ld\n", failures, items.size(), w);
  return 0;
}
