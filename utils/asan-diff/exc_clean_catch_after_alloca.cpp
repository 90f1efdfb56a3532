// EXPECT: none
// A packet router allocas a per-call header area before its try block (so
// its stack pointer is lower at the catch than at entry), then catches a
// parse failure and keeps using its fixed locals, the alloca'd area and
// its caller's buffer. Repeated with growing sizes.
#include <alloca.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

__attribute__((noinline)) static int parse(const char *p, int len) {
  char hdr[24];
  std::memcpy(hdr, p, sizeof hdr - 1);
  hdr[23] = 0;
  if (len % 4 == 1) throw std::length_error("truncated");
  return hdr[len % 23];
}

__attribute__((noinline)) static long route(const char *pkt, int len, long *stats) {
  long counters[6] = {len, 0, 0, 0, 0, 0};
  char name[16];
  std::snprintf(name, sizeof name, "r%d", len);
  char *area = static_cast<char *>(alloca(len * 16 + 8));
  std::memset(area, 'x', len * 16 + 8);
  try {
    counters[1] = parse(pkt, len);
  } catch (const std::length_error &e) {
    counters[2] = (long)std::strlen(e.what());
    area[len * 16 + 7] = name[0];
    stats[len % 4]++;
  }
  for (int i = 0; i < 6; i++) counters[3] += counters[i];
  return counters[3] + area[len * 16 + 7] + name[1] + stats[0];
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  long stats[4] = {0, 0, 0, 0};
  long total = 0;
  for (int len = 1; len < n * 20; len++) total += route(argv[2], len, stats);
  std::printf("%ld %ld %ld\n", total, stats[1], stats[3]);
  return 0;
}
