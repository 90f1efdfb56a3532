// EXPECT: heap-buffer-overflow
// Placement new constructs a 64-byte object in a 48-byte malloc'd buffer;
// the constructor's stores run past the end.
#include <cstdio>
#include <cstdlib>
#include <new>
struct Big {
  long f[8];
  explicit Big(long v) { for (int i = 0; i < 8; i++) f[i] = v + i; } // BUG
};
__attribute__((noinline)) static long total(const Big *b) { long s = 0; for (int i = 0; i < 6; i++) s += b->f[i]; return s; }
int main(int argc, char **argv) {
  size_t sz = std::atoi(argv[1]) * 4 + 8;  // 48
  void *mem = std::malloc(sz);
  Big *b = new (mem) Big(argc);
  std::printf("%ld\n", total(b));
  std::free(mem);
  return 0;
}
