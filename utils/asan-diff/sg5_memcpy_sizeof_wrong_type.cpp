// EXPECT: stack-buffer-overflow
// A message header is copied out of a full packet with sizeof of the packet
// type instead of the header type: memcpy writes past the local header.
#include <cstdio>
#include <cstdlib>
#include <cstring>
struct Header { int type; int len; };
struct Packet { Header h; char body[24]; };
__attribute__((noinline)) static void make(Packet *p, int v) { std::memset(p, v, sizeof *p); }
__attribute__((noinline)) int kind(const Header *h) { return h->type + h->len; }
int main(int argc, char **argv) {
  Packet pkt;
  make(&pkt, std::atoi(argv[1]));
  Header hdr;
  std::memcpy(&hdr, &pkt, sizeof(Packet)); // BUG
  std::printf("%d %d\n", kind(&hdr), argc);
  return 0;
}
