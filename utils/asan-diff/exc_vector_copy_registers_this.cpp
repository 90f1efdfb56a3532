// EXPECT: heap-use-after-free
// Elements announce their address to an observer list when constructed.
// A push_back reallocates and copies; the third copy throws, the vector
// destroys the copies made and frees the new storage (strong guarantee),
// but the observer list still holds addresses inside the freed block.
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <vector>

struct Item;
static std::vector<const Item *> g_observers;
static int g_copy_budget = 1 << 20;

struct Item {
  int value;
  explicit Item(int v) : value(v) { g_observers.push_back(this); }
  Item(const Item &o) : value(o.value) {
    g_observers.push_back(this);
    if (--g_copy_budget == 0) throw std::runtime_error("copy failed");
  }
  ~Item() {}
};

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<Item> items;
  items.reserve(n);
  for (int i = 0; i < n; i++) items.emplace_back(argv[2][i]);
  g_observers.clear();
  g_copy_budget = 3;
  try {
    items.push_back(Item(-1));
  } catch (const std::exception &e) {
    std::fprintf(stderr, "push_back: %s\n", e.what());
  }
  long sum = 0;
  for (size_t i = 1; i < g_observers.size(); i++) sum += g_observers[i]->value; // BUG
  std::printf("%ld %zu\n", sum, items.size());
  return 0;
}
