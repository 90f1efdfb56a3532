// EXPECT: global-buffer-overflow
// A function-local static array with a dynamic (guarded) initializer is
// read one past its end.
#include <cstdio>
#include <cstdlib>
__attribute__((noinline)) static int seed() { return std::rand() % 7; }
static int lookup(int i) {
  static int table[6] = {seed(), seed(), seed(), seed(), seed(), seed()};
  return table[i]; // BUG
}
int main(int argc, char **argv) {
  std::printf("%d %d\n", lookup(0), lookup(std::atoi(argv[1]) - 4));
  return 0;
}
