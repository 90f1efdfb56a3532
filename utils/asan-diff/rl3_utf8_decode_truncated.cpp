// EXPECT: heap-buffer-overflow
// a UTF-8 decoder over a length-delimited heap buffer trusts the lead byte's sequence length; a multi-byte sequence cut off by the buffer's end reads past it
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

struct Decoded {
  std::vector<uint32_t> cps;
  size_t invalid = 0;
};

static int seq_len(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 0;
}

static Decoded decode(const unsigned char *p, size_t n) {
  Decoded d;
  size_t i = 0;
  while (i < n) {
    int len = seq_len(p[i]);
    if (len == 0) {
      d.invalid++;
      i++;
      continue;
    }
    uint32_t cp = len == 1 ? p[i] : p[i] & (0x7F >> len);
    bool ok = true;
    for (int k = 1; k < len; k++) {
      unsigned char c = p[i + (size_t)k]; // BUG
      if ((c & 0xC0) != 0x80) {
        ok = false;
        break;
      }
      cp = cp << 6 | (c & 0x3F);
    }
    if (!ok) {
      d.invalid++;
      i++;
      continue;
    }
    d.cps.push_back(cp);
    i += (size_t)len;
  }
  return d;
}

// A framed message: 2-byte length, then that many bytes of text, copied out of the frame.
static std::unique_ptr<unsigned char[]> unframe(const std::string &frame, size_t &len) {
  len = (unsigned char)frame[0] | (size_t)(unsigned char)frame[1] << 8;
  if (len > frame.size() - 2) len = frame.size() - 2;
  std::unique_ptr<unsigned char[]> body(new unsigned char[len]);
  std::memcpy(body.get(), frame.data() + 2, len);
  return body;
}

static std::string frame_of(const std::string &text, size_t cut) {
  size_t len = text.size() - cut;
  std::string f;
  f += (char)(len & 0xFF);
  f += (char)(len >> 8);
  f += text;
  return f;
}

int main(int argc, char **argv) {
  int cut = argc > 1 ? std::atoi(argv[1]) % 3 + 1 : 1;
  std::string name = argc > 2 ? argv[2] : "abc";
  std::string text = name + " \xE2\x86\x92 caf\xC3\xA9 \xF0\x9F\x99\x82";
  size_t total_cps = 0, invalid = 0;
  for (size_t c = 0; c <= (size_t)cut; c++) {
    size_t len;
    auto body = unframe(frame_of(text, c), len);
    Decoded d = decode(body.get(), len);
    total_cps += d.cps.size();
    invalid += d.invalid;
    std::printf("cut %zu: %zu bytes -> %zu code points, %zu invalid\n", c, len, d.cps.size(),
                d.invalid);
  }
  std::printf("total %zu code points, %zu invalid\n", total_cps, invalid);
  return 0;
}
