// EXPECT: stack-buffer-overflow
// A function takes a fixed-size scratch buffer with alloca(kScratch) at its
// top (a constant size, so a static alloca of kScratch chars) and a digit
// loop writes one byte past it.
#include <alloca.h>
#include <cstdio>
#include <cstdlib>
constexpr unsigned kScratch = 12;
__attribute__((noinline)) static int digits(unsigned long v, unsigned width) {
  char *tmp = static_cast<char *>(alloca(kScratch));
  unsigned n = 0;
  do {
    tmp[n++] = char('0' + v % 10); // BUG
    v /= 10;
  } while (n < width);
  return tmp[0] + tmp[n / 2];
}
int main(int argc, char **argv) {
  unsigned width = std::atoi(argv[1]) + 3; // 13
  std::printf("%d %d\n", digits(123456789UL * argc, width), argc);
  return 0;
}
