// EXPECT: double-free
// a packet class owns a raw byte array and has a destructor but no copy constructor; passing it by value to a checksum helper makes a shallow copy whose destruction frees the array the original frees again
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

class Packet {
 public:
  Packet(uint16_t type, const uint8_t *payload, size_t len) : type_(type), len_(len), data_(new uint8_t[len + 4]) {
    data_[0] = (uint8_t)(type >> 8);
    data_[1] = (uint8_t)type;
    data_[2] = (uint8_t)(len >> 8);
    data_[3] = (uint8_t)len;
    std::memcpy(data_ + 4, payload, len);
  }
  ~Packet() { delete[] data_; } // BUG

  uint16_t type() const { return type_; }
  size_t size() const { return len_ + 4; }
  const uint8_t *bytes() const { return data_; }
  uint8_t &operator[](size_t i) { return data_[4 + i]; }

 private:
  uint16_t type_;
  size_t len_;
  uint8_t *data_;
};

static uint32_t adler32(Packet p) {
  uint32_t a = 1, b = 0;
  for (size_t i = 0; i < p.size(); i++) {
    a = (a + p.bytes()[i]) % 65521;
    b = (b + a) % 65521;
  }
  return (b << 16) | a;
}

struct Stats {
  size_t packets = 0, bytes = 0;
  uint32_t xorsum = 0;
};

static void account(Stats &s, const Packet &p, uint32_t sum) {
  s.packets++;
  s.bytes += p.size();
  s.xorsum ^= sum;
}

static std::vector<uint8_t> make_payload(const char *alpha, size_t al, int seq, size_t len) {
  std::vector<uint8_t> v(len);
  for (size_t i = 0; i < len; i++) v[i] = (uint8_t)(alpha[(seq + i) % al] ^ (uint8_t)i);
  return v;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  size_t al = std::strlen(alpha);
  Stats st;
  for (int seq = 0; seq < n; seq++) {
    std::vector<uint8_t> pl = make_payload(alpha, al, seq, 8 + (size_t)seq * 3);
    Packet p((uint16_t)(0x100 + seq % 4), pl.data(), pl.size());
    p[0] ^= 0x5a;
    uint32_t sum = adler32(p);
    account(st, p, sum);
  }
  std::printf("%zu packets, %zu bytes, xor %08x\n", st.packets, st.bytes, st.xorsum);
  return 0;
}
