// EXPECT: stack-buffer-overflow
// Old-style "struct hack" with a one-element trailing array: fine when the
// header is malloc'ed with extra room, but here a caller builds one on the
// stack and the packer writes all payload words into it.
#include <cstdio>
#include <cstdlib>
struct Packet {
  unsigned short kind;
  unsigned short count;
  int payload[1];
};
__attribute__((noinline)) static void pack(Packet *p, int count, int seed) {
  p->kind = 7;
  p->count = (unsigned short)count;
  for (int i = 0; i < count; i++) p->payload[i] = seed ^ i; // BUG
}
__attribute__((noinline)) static long checksum(const Packet *p) {
  return p->kind + p->count + p->payload[0];
}
int main(int argc, char **argv) {
  Packet pkt;
  int n = std::atoi(argv[1]) - 7;  // 3 payload words
  pack(&pkt, n, argc);
  std::printf("%ld\n", checksum(&pkt));
  return 0;
}
