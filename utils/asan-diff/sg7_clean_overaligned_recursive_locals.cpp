// EXPECT: none
// Over-aligned locals (64, 256 and 4096 bytes) in recursive frames, an
// over-aligned struct array written in full and passed by pointer, and an
// alignas(128) lambda-captured buffer; all accesses are in bounds.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
struct alignas(64) Line {
  unsigned char bytes[48];
};
struct alignas(256) Block {
  Line lines[3];
  int tag;
};
__attribute__((noinline)) static long touch(void *p, size_t n, int v) {
  std::memset(p, v, n);
  return static_cast<unsigned char *>(p)[n - 1] + ((uintptr_t)p & 63);
}
__attribute__((noinline)) static long rec(int depth, int seed) {
  if (depth == 0) return seed;
  alignas(4096) char page[100];
  Block blocks[2];
  long s = touch(page, sizeof page, depth) + touch(blocks, sizeof blocks, seed);
  blocks[1].tag = depth;
  blocks[1].lines[2].bytes[47] = 1;
  return s + blocks[1].tag + rec(depth - 1, seed + 1) + page[99];
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  alignas(128) int acc[5] = {0};
  auto add = [&acc](int i, int v) { acc[i % 5] += v; };
  for (int i = 0; i < n; i++) add(i, (int)rec(i % 4, argc));
  long s = 0;
  for (int v : acc) s += v;
  std::printf("%ld\n", s);
  return 0;
}
