// EXPECT: stack-buffer-overflow
// Reverse-resolves an IPv4 address but passes sizeof(struct in6_addr) as
// its length (copied from the IPv6 branch): gethostbyaddr is told to read
// 16 bytes from a 4-byte struct in_addr.
#include <arpa/inet.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static const char *reverse4(const char *text) {
  struct in_addr a4;
  if (inet_pton(AF_INET, text, &a4) != 1)
    return NULL;
  struct hostent *h = gethostbyaddr(&a4, sizeof(struct in6_addr), AF_INET); // BUG
  return h ? h->h_name : "?";
}

int main(int argc, char **argv) {
  const char *n = reverse4("127.0.0.1");
  printf("%d %d\n", n != NULL, atoi(argv[1]));
  return 0;
}
