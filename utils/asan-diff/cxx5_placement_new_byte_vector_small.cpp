// EXPECT: heap-buffer-overflow
// Objects are placement-constructed into a std::vector<std::byte> sized by count, not bytes.
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <vector>
struct Entry {
  long key;
  long value;
  Entry(long k, long v) : key(k), value(v) {} // BUG
};
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<std::byte> storage(n * sizeof(long));
  Entry *slots = reinterpret_cast<Entry *>(storage.data());
  for (int i = 0; i < n; i++) new (&slots[i]) Entry(i, argv[2][i]);
  std::printf("%ld\n", slots[0].value);
  return 0;
}
