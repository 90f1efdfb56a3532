// EXPECT: global-buffer-overflow
// A class's static member array of slots is reset by a static member
// function looping with `<=`.
#include <cstdio>
#include <cstdlib>
struct Pool {
  static constexpr int kSlots = 8;
  static long slots[kSlots];
  __attribute__((noinline)) static void reset(int n) { for (int i = 0; i <= n; i++) slots[i] = -1; } // BUG
};
long Pool::slots[Pool::kSlots];
int main(int argc, char **argv) {
  Pool::reset(std::atoi(argv[1]) - 2); // 8
  std::printf("%ld %d\n", Pool::slots[0], argc);
  return 0;
}
