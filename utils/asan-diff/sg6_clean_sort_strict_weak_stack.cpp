// EXPECT: none
// std::sort, stable_sort, nth_element, partial_sort and make_heap on local
// arrays with many equal keys and strict comparators: the unguarded
// insertion steps must stop at the first element.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
struct Item { int key; char tag[3]; };
int main(int argc, char **argv) {
  int v = std::atoi(argv[1]);
  int keys[40];
  Item items[33];
  double ds[17];
  for (int i = 0; i < 40; i++) keys[i] = (i % 3 == 0) ? v : v - (i % 2);
  for (int i = 0; i < 33; i++) items[i] = Item{v - i % 4, {'a', 'b', char('c' + i % 5)}};
  for (int i = 0; i < 17; i++) ds[i] = (i & 1) ? 1.0 : 0.5;
  std::sort(keys, keys + 40);
  std::sort(keys, keys + 40, std::greater<int>());
  std::stable_sort(items, items + 33, [](const Item &a, const Item &b) { return a.key < b.key; });
  std::sort(items, items + 33, [](const Item &a, const Item &b) { return a.tag[2] < b.tag[2]; });
  std::nth_element(ds, ds + 8, ds + 17);
  std::partial_sort(keys, keys + 10, keys + 40);
  std::make_heap(ds, ds + 17);
  std::sort_heap(ds, ds + 17);
  std::printf("%d %d %c %f %d\n", keys[0], items[32].key, items[0].tag[2], ds[16], argc);
  return 0;
}
