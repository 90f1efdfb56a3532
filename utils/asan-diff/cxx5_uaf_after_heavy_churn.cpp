// EXPECT: heap-use-after-free
// A cache entry is read after eviction and about 100 MiB of other allocations.
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>
struct Entry { std::string key; long hits; };
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  auto e = std::make_unique<Entry>(Entry{argv[2], n});
  Entry *stale = e.get();
  e.reset();
  long checksum = 0;
  for (int round = 0; round < n * 10; round++) {
    std::vector<char> block(1 << 20, char(round));
    checksum += block[round];
  }
  std::printf("%ld %ld\n", checksum, stale->hits); // BUG
  return 0;
}
