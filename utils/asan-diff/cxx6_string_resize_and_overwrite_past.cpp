// EXPECT: heap-buffer-overflow
// FLAGS: -std=c++23
// A hex encoder uses C++23 std::string::resize_and_overwrite with the
// byte count as the size, but the callback writes two hex digits per byte
// - twice the space it was given - past the string's allocation.
#include <cstdio>
#include <cstdlib>
#include <string>

__attribute__((noinline)) static std::string to_hex(const unsigned char *p, size_t n) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  out.resize_and_overwrite(n, [&](char *buf, size_t cap) {
    for (size_t i = 0; i < cap; i++) {
      buf[2 * i] = digits[p[i] >> 4]; // BUG
      buf[2 * i + 1] = digits[p[i] & 15];
    }
    return cap;
  });
  return out;
}

int main(int argc, char **argv) {
  size_t n = std::atoi(argv[1]) * 3;
  std::string hex = to_hex(reinterpret_cast<const unsigned char *>(argv[2]), n);
  std::printf("%s %d\n", hex.c_str(), argc);
  return 0;
}
