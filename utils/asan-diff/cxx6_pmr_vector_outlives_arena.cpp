// EXPECT: heap-use-after-free
// FLAGS: -std=c++17
// A frame-local arena (std::pmr::monotonic_buffer_resource over the
// default heap resource) is scoped to the parsing block, but the
// std::pmr::vector of results that allocates from it is declared outside.
// When the block ends, the arena releases its chunks to the heap, and the
// vector's elements are read from freed memory.
#include <cstdio>
#include <cstdlib>
#include <memory_resource>
#include <vector>

struct Sample { double t, v; };

__attribute__((noinline)) static void parse(std::pmr::vector<Sample> &out, const char *s, int n) {
  for (int i = 0; i < n; i++) out.push_back(Sample{i * 0.5, double(s[i % 26] - 'A')});
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]) * 8;
  std::pmr::vector<Sample> samples;
  {
    std::pmr::monotonic_buffer_resource arena(256);
    std::pmr::vector<Sample> tmp(&arena);
    parse(tmp, argv[2], n);
    samples.swap(tmp);   // unequal allocators: swap just exchanges pointers
  }
  double sum = 0;
  for (int i = 0; i < n; i++) sum += samples[i].v; // BUG
  std::printf("%f %d\n", sum, argc);
  std::exit(0);  // skip the vector's destructor (it would call the dead arena)
}
