// EXPECT: heap-buffer-overflow
#include <array>
#include <cstdio>
#include <cstdlib>
struct Packet { int kind; std::array<unsigned char, 12> payload; };
int main(int argc, char **argv) {
  Packet *p = new Packet{};
  int k = std::atoi(argv[1]) + 6;
  p->payload.data()[k] = 0xff; // BUG
  std::printf("%d\n", p->payload[0]);
  delete p;
  return 0;
}
