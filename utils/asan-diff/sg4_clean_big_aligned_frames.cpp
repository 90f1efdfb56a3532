// EXPECT: none
// Frames with over-aligned locals (alignas 64, 128, 4096), a 200 KiB array
// and arrays of over-aligned structs, each used exactly to the last byte.
#include <cstdio>
#include <cstdlib>
#include <cstring>
struct alignas(64) Line { char d[40]; int used; };
struct alignas(128) Blk { short s[3]; };
__attribute__((noinline)) static unsigned eat(const void *p, size_t n) {
  const unsigned char *b = static_cast<const unsigned char *>(p);
  unsigned s = 0;
  for (size_t i = 0; i < n; i++) s += b[i];
  return s;
}
__attribute__((noinline)) static unsigned frame(int v) {
  Line lines[3];
  Blk blks[2];
  alignas(4096) char page[100];
  char huge[200 * 1024];
  std::memset(lines, v, sizeof lines);
  std::memset(blks, v, sizeof blks);
  std::memset(page, v, sizeof page);
  std::memset(huge, v, sizeof huge);
  lines[2].used = v;
  blks[1].s[2] = (short)v;
  huge[sizeof huge - 1] = 1;
  return eat(lines, sizeof lines) + eat(blks, sizeof blks) + eat(page, sizeof page) +
         eat(huge, sizeof huge) + (unsigned)lines[2].used;
}
int main(int argc, char **argv) {
  unsigned s = 0;
  for (int i = 0; i < 20; i++) s += frame(std::atoi(argv[1]) + i);
  std::printf("%u %d\n", s, argc);
  return 0;
}
