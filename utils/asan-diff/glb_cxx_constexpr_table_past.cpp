// EXPECT: global-buffer-overflow
// A namespace-scope constexpr table (internal linkage, read-only data) of
// powers of ten is indexed by a digit count that may be 10 for the
// largest 32-bit values.
#include <cstdint>
#include <cstdio>
#include <cstdlib>

constexpr std::uint32_t kPow10[10] = {1,      10,      100,      1000,
                                      10000,  100000,  1000000,  10000000,
                                      100000000, 1000000000};

static int digits(std::uint32_t v) {
  int d = 1;
  while (v >= 10) { v /= 10; d++; }
  return d;
}

static std::uint32_t round_up_pow10(std::uint32_t v) {
  return kPow10[digits(v)]; // BUG
}

int main(int argc, char **argv) {
  std::uint32_t v = static_cast<std::uint32_t>(std::atoi(argv[1])) * 400000000u +
                    static_cast<std::uint32_t>(argc); /* 10 digits */
  std::printf("%u\n", round_up_pow10(12));
  std::printf("%u\n", round_up_pow10(v));
  return 0;
}
