// EXPECT: global-buffer-overflow
// A hex encoder indexes the string literal "0123456789abcdef" with a
// nibble extracted using a 5-bit mask (0x1f) instead of 0xf; values with
// bit 4 set index past the 17-byte literal.
#include <cstdio>
#include <cstdlib>
__attribute__((noinline)) static void to_hex(unsigned v, char *out) {
  for (int i = 0; i < 4; i++) {
    unsigned nib = (v >> (12 - 4 * i)) & 0x1f;
    out[i] = "0123456789abcdef"[nib]; // BUG
  }
  out[4] = 0;
}
int main(int argc, char **argv) {
  unsigned v = (unsigned)std::atoi(argv[1]) * 30u;  // 300 = 0x012c: (300 >> 4) & 0x1f == 18
  char buf[8];
  to_hex(v, buf);
  std::printf("%s %d\n", buf, argc);
  return 0;
}
