// EXPECT: stack-buffer-overflow
// Expands a compressed owner name from a DNS answer into a 24-byte stack
// buffer, but passes NS_MAXDNAME as the space; the expanded name is 30
// characters.
// FLAGS: -lresolv
#include <arpa/nameser.h>
#include <netinet/in.h>
#include <resolv.h>
#include <stdio.h>
#include <string.h>

static const unsigned char msg[] = {
    0x12, 0x34, 0x81, 0x80, 0, 1, 0, 1, 0, 0, 0, 0,
    7, 'b', 'a', 'c', 'k', 'u', 'p', 's', 8, 'i', 'n', 't', 'e', 'r', 'n',
    'a', 'l', 7, 'e', 'x', 'a', 'm', 'p', 'l', 'e', 3, 'o', 'r', 'g', 0,
    0, 1, 0, 1,
    0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 10, 0, 0, 7};

__attribute__((noinline)) static int owner_len(int off) {
  char owner[24];
  int n = dn_expand(msg, msg + sizeof msg, msg + off, owner, NS_MAXDNAME); // BUG
  return n < 0 ? -1 : (int)strlen(owner);
}

int main(int argc, char **argv) {
  printf("%d\n", owner_len(argc > 1 ? 46 : 12));
  return 0;
}
