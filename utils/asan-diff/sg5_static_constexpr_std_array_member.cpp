// EXPECT: global-buffer-overflow
// FLAGS: -std=c++17
// A static constexpr std::array<char, 16> hex digit table, member of a class
// in an anonymous namespace, indexed with a nibble that can be 16 after a
// rounding bug.
#include <array>
#include <cstdio>
#include <cstdlib>
namespace {
struct Hex {
  static constexpr std::array<char, 16> kDigits = {'0', '1', '2', '3', '4', '5', '6', '7',
                                                   '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};
  __attribute__((noinline)) static char digit(int v) { return kDigits[(v + 1) / 2]; } // BUG
};
}
int main(int argc, char **argv) {
  int v = std::atoi(argv[1]) * 3 + 1; // 31 -> 16
  std::printf("%c %d\n", Hex::digit(v), argc);
  return 0;
}
