// EXPECT: global-buffer-overflow
// A constexpr table of powers of ten read with an exponent computed at run
// time, one past the last entry.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
constexpr uint64_t kPow10[] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000};
__attribute__((noinline)) static uint64_t scale(int digits) { return kPow10[digits]; } // BUG
int main(int argc, char **argv) {
  int digits = std::atoi(argv[1]) - 2; // 8
  std::printf("%llu %d\n", (unsigned long long)scale(digits), argc);
  return 0;
}
