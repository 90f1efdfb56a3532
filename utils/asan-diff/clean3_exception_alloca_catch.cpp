// EXPECT: none
// Exceptions unwind through frames that made alloca blocks; the catching
// function then makes its own alloca blocks in the handler and after it,
// and calls deeper functions that use fixed arrays over the same stack.
#include <alloca.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

__attribute__((noinline)) static void touch(char *p, size_t n) {
  for (size_t i = 0; i < n; i++) p[i] ^= (char)i;
}

__attribute__((noinline)) static int thrower(int depth, size_t n) {
  char *blk = static_cast<char *>(alloca(n));
  std::memset(blk, depth, n);
  touch(blk, n);
  if (depth == 0) throw std::runtime_error("bottom");
  return thrower(depth - 1, n + 7) + blk[n - 1];
}

__attribute__((noinline)) static long steady(int depth) {
  char row[150];
  std::memset(row, depth, sizeof row);
  touch(row, sizeof row);
  return depth ? steady(depth - 1) + row[149] : row[149];
}

__attribute__((noinline)) static long catcher(int round) {
  long s = 0;
  try {
    s += thrower(12 + round, 33);
  } catch (const std::runtime_error &e) {
    size_t n = std::strlen(e.what()) + 1;
    char *msg = static_cast<char *>(alloca(n));
    std::memcpy(msg, e.what(), n);
    touch(msg, n - 1);
    s += msg[n - 2];
  }
  char *after = static_cast<char *>(alloca(100));
  std::memset(after, 'a', 100);
  touch(after, 100);
  return s + after[99] + steady(40);
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  long total = 0;
  for (int r = 0; r < n; r++) total += catcher(r);
  std::printf("%ld %d\n", total, argc);
  return 0;
}
