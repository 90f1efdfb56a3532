// EXPECT: none
// Matching allocation pairs: aligned new/delete, new[] of destructible objects, placement new with destroy_at, std::allocator.
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <new>
#include <string>
#include <vector>
struct alignas(64) Line { char bytes[64]; };
struct Cell {
  std::string text;
  ~Cell() { text.clear(); }
};
struct Entry {
  long key, value;
  Entry(long k, long v) : key(k), value(v) {}
};
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  void *slab = ::operator new(n * 64, std::align_val_t(64));
  static_cast<char *>(slab)[n * 64 - 1] = argv[2][0];
  ::operator delete(slab, std::align_val_t(64));
  Line *lines = new Line[n];
  lines[n - 1].bytes[63] = argv[2][1];
  char last = lines[n - 1].bytes[63];
  delete[] lines;
  Cell *row = new Cell[n];
  row[n - 1].text = argv[2];
  size_t len = row[n - 1].text.size();
  delete[] row;
  std::vector<std::byte> storage(n * sizeof(Entry));
  Entry *slots = reinterpret_cast<Entry *>(storage.data());
  for (int i = 0; i < n; i++) new (&slots[i]) Entry(i, argv[2][i]);
  long v = slots[n - 1].value;
  std::destroy_n(slots, n);
  std::allocator<int> a;
  int *p = a.allocate(n);
  p[n - 1] = 7;
  a.deallocate(p, n);
  std::printf("%c %zu %ld\n", last, len, v);
  return 0;
}
