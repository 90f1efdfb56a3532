// EXPECT: none
// An exception is thrown 40 frames deep through frames holding arrays and
// RAII objects (some with cleanups, some without); after the catch, a
// 3000-deep recursion memsets big locals in every frame, over the same
// stack the unwound frames used. Repeated three times.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>

struct Counter { int *n; ~Counter() { ++*n; } };

__attribute__((noinline)) static int plain(int depth, const char *s);

__attribute__((noinline)) static int with_dtor(int depth, const char *s, int *dtors) {
  Counter c{dtors};
  std::string tag(s, 3);
  char buf[200];
  std::memset(buf, s[depth % 26], sizeof buf);
  if (depth >= 40) throw std::runtime_error("bottom reached at " + tag);
  return (depth % 2 ? plain(depth + 1, s) : with_dtor(depth + 1, s, dtors)) + buf[depth];
}

static int *g_dtors;
__attribute__((noinline)) static int plain(int depth, const char *s) {
  long vals[24];
  for (int i = 0; i < 24; i++) vals[i] = s[i] * depth;
  return with_dtor(depth + 1, s, g_dtors) + (int)vals[depth % 24];
}

__attribute__((noinline)) static long fill(int depth) {
  char block[512];
  int ints[33];
  std::memset(block, depth & 0x7f, sizeof block);
  std::memset(ints, 0, sizeof ints);
  ints[32] = block[511];
  if (depth == 0) return ints[32];
  return fill(depth - 1) + ints[32] + block[depth % 512];
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  int dtors = 0;
  g_dtors = &dtors;
  long total = 0;
  for (int round = 0; round < 3; round++) {
    try {
      total += with_dtor(0, argv[2], &dtors);
    } catch (const std::exception &e) {
      total += (long)std::strlen(e.what());
    }
    total += fill(n * 300);
  }
  std::printf("%ld %d\n", total, dtors);
  return 0;
}
