// EXPECT: bad-free
// new[] of objects with a non-trivial destructor (so with an array cookie),
// released with scalar delete: delete gets a pointer 8 bytes into the block,
// which ASan reports as a bad-free rather than an alloc-dealloc-mismatch.
#include <cstdio>
#include <cstdlib>
struct Item { long v; ~Item() { std::printf("~%ld\n", v); } };
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  Item *items = new Item[n];
  for (int i = 0; i < n; i++) items[i].v = i;
  delete items; // BUG
  return 0;
}
