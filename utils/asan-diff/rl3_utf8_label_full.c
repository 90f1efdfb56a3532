// EXPECT: stack-buffer-overflow
// a transliterating label encoder writes UTF-8 into a fixed buffer and stops when the next code point does not fit, but only terminates the string on the normal path
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int utf8_len(uint32_t cp) {
  if (cp < 0x80) return 1;
  if (cp < 0x800) return 2;
  if (cp < 0x10000) return 3;
  return 4;
}

static int utf8_put(char *out, uint32_t cp) {
  int n = utf8_len(cp);
  switch (n) {
  case 1: out[0] = (char)cp; break;
  case 2:
    out[0] = (char)(0xC0 | cp >> 6);
    out[1] = (char)(0x80 | (cp & 0x3F));
    break;
  case 3:
    out[0] = (char)(0xE0 | cp >> 12);
    out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    break;
  default:
    out[0] = (char)(0xF0 | cp >> 18);
    out[1] = (char)(0x80 | (cp >> 12 & 0x3F));
    out[2] = (char)(0x80 | (cp >> 6 & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
  }
  return n;
}

/* Latin capitals to Greek capitals where a look-alike exists. */
static uint32_t to_greek(char c) {
  static const uint32_t map[26] = {
      0x391, 0x392, 0x3A8, 0x394, 0x395, 0x3A6, 0x393, 0x397, 0x399, 0x39E, 0x39A, 0x39B, 0x39C,
      0x39D, 0x39F, 0x3A0, 0x398, 0x3A1, 0x3A3, 0x3A4, 0x398, 0x3A9, 0x3A2, 0x3A7, 0x3A5, 0x396};
  if (c >= 'A' && c <= 'Z') return map[c - 'A'];
  return (unsigned char)c;
}

/* Returns the number of code points written. */
static size_t encode_label(char *out, size_t cap, const char *src, int repeat) {
  size_t pos = 0, cps = 0;
  for (int r = 0; r < repeat; r++) {
    for (const char *p = src; *p; p++) {
      uint32_t cp = to_greek(*p);
      if (pos + (size_t)utf8_len(cp) > cap) return cps;
      pos += (size_t)utf8_put(out + pos, cp);
      cps++;
    }
    if (pos + 2 > cap) return cps;
    out[pos++] = ',';
    out[pos++] = ' ';
  }
  out[pos < cap ? pos : cap - 1] = '\0';
  return cps;
}

static size_t count_cps(const char *s) {
  size_t n = 0;
  for (; *s; s++) n += ((unsigned char)*s & 0xC0) != 0x80;
  return n;
}

int main(int argc, char **argv) {
  int repeat = argc > 1 ? atoi(argv[1]) : 2;
  const char *src = argc > 2 ? argv[2] : "ALPHA";
  char small[16];
  size_t a = encode_label(small, sizeof small, "ABC", 1);
  printf("short: %s (%zu cps, %zu counted)\n", small, a, count_cps(small));
  char label[64];
  size_t b = encode_label(label, sizeof label, src, repeat);
  printf("label: %s (%zu cps)\n", label, b); // BUG
  return 0;
}
