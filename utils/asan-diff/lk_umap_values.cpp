// EXPECT: leak
#include <cstdio>
#include <cstring>
#include <string>
#include <unordered_map>
struct Item { long id; double w[3]; };
__attribute__((noinline)) static size_t use() {
  std::unordered_map<std::string, Item *> m;
  for (int i = 0; i < 3; i++) m["k" + std::to_string(i)] = new Item{i, {0, 0, 0}};
  return m.size();
}
__attribute__((noinline, no_sanitize("address"))) static void scrub() { /* clear stale pointer copies on the stack */
  char z[16384];
  std::memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main() { std::printf("%zu\n", use()); scrub(); return 0; }
