// EXPECT: stack-buffer-overflow
// Copies a protocol name out of a fixed-width packet field with memcpy
// (exactly 4 bytes, "icmp") into a 4-byte stack array and looks it up:
// there is no terminator, so getprotobyname's name runs off the array.
#include <netdb.h>
#include <stdio.h>
#include <string.h>

struct pkt { char proto[4]; unsigned short port; };

__attribute__((noinline)) static int proto_number(const struct pkt *p) {
  char name[4];
  memcpy(name, p->proto, sizeof name);
  struct protoent *pe = getprotobyname(name); // BUG
  return pe ? pe->p_proto : -1;
}

int main(int argc, char **argv) {
  struct pkt p;
  memcpy(p.proto, argc > 1 ? "icmp" : "tcp", 4);
  p.port = 7;
  printf("%d\n", proto_number(&p));
  return 0;
}
