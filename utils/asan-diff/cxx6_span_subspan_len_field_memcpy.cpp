// EXPECT: heap-buffer-overflow
// FLAGS: -std=c++20
// A packet parser takes the payload as pkt.subspan(header, len) where
// `len` comes from the packet's length field; subspan does not check it.
// A truncated packet claims more bytes than arrived, and copying the
// payload out reads past the received buffer.
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <span>
#include <vector>

struct Message { unsigned char type; unsigned short len; char body[256]; };

__attribute__((noinline)) static Message decode(std::span<const std::byte> pkt) {
  Message m{};
  m.type = static_cast<unsigned char>(pkt[0]);
  m.len = static_cast<unsigned short>((static_cast<unsigned>(pkt[1]) << 8) | static_cast<unsigned>(pkt[2]));
  std::span<const std::byte> payload = pkt.subspan(3, m.len);
  std::memcpy(m.body, payload.data(), payload.size()); // BUG
  return m;
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<std::byte> rx;
  rx.push_back(std::byte{7});
  rx.push_back(std::byte{0});
  rx.push_back(static_cast<std::byte>(n * 3));      // claims 30 bytes
  for (int i = 0; i < 26; i++) rx.push_back(static_cast<std::byte>(argv[2][i]));
  rx.shrink_to_fit();                                // but only 26 arrived
  Message m = decode(rx);
  std::printf("type %d len %d first %c (%d)\n", m.type, m.len, m.body[0], argc);
  return 0;
}
