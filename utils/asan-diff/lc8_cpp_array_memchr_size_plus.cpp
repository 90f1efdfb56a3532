// EXPECT: stack-buffer-overflow
// memchr over a std::array<char, 8> is bounded by size() + 1, as if the array kept a terminator slot.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>
static long find_in(const std::array<char, 8> &a, char c, int slack) {
  const void *p = std::memchr(a.data(), c, a.size() + slack); // BUG
  return p ? static_cast<const char *>(p) - a.data() : -1;
}
int main(int argc, char **argv) {
  std::array<char, 8> a;
  std::memcpy(a.data(), argv[2], a.size());
  std::printf("%ld\n", find_in(a, '#', std::atoi(argv[1]) - 9));
  return 0;
}
