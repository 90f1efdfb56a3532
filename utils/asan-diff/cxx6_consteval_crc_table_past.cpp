// EXPECT: global-buffer-overflow
// FLAGS: -std=c++20
// A CRC-8 lookup table is generated at compile time by a consteval
// function. Someone "optimized" it to 255 entries (0..254, thinking the
// all-ones byte never occurs), and the update loop indexes it with
// crc ^ byte, which reaches 255 for some inputs.
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

consteval std::array<std::uint8_t, 255> make_crc8_table() {
  std::array<std::uint8_t, 255> t{};
  for (unsigned i = 0; i < t.size(); i++) {
    std::uint8_t c = static_cast<std::uint8_t>(i);
    for (int k = 0; k < 8; k++) c = (c & 0x80) ? static_cast<std::uint8_t>((c << 1) ^ 0x07) : static_cast<std::uint8_t>(c << 1);
    t[i] = c;
  }
  return t;
}

static constexpr auto kCrc8 = make_crc8_table();

__attribute__((noinline)) static std::uint8_t crc8(const unsigned char *p, size_t n, std::uint8_t crc) {
  for (size_t i = 0; i < n; i++) crc = kCrc8[crc ^ p[i]]; // BUG
  return crc;
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  unsigned char frame[32];
  for (int i = 0; i < n; i++) frame[i] = static_cast<unsigned char>(argv[2][i] + 100);
  frame[n] = static_cast<unsigned char>(0xff ^ crc8(frame, n, 0));  // lands on index 255
  std::uint8_t c = crc8(frame, n + 1, 0);
  std::printf("%02x %d\n", c, argc);
  return 0;
}
