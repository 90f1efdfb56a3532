// EXPECT: none
// inet_ntop of 255.255.255.255 into INET_ADDRSTRLEN bytes, inet_pton/inet_aton on terminated copies, getaddrinfo with stack hints, ether_ntoa_r into 18 bytes, sendto a live address, getnameinfo into buffers of exactly the numeric host and port plus terminators.
#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/ether.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
int main(int argc, char **argv) {
  struct in_addr all = {0xffffffffu};
  char *b = malloc(INET_ADDRSTRLEN);
  const char *s = inet_ntop(AF_INET, &all, b, INET_ADDRSTRLEN);
  struct in6_addr *a6 = malloc(sizeof *a6);
  int p6 = inet_pton(AF_INET6, "fe80::1:2:3", a6);
  char host[16];
  snprintf(host, sizeof host, "10.0.0.%s", argv[1]);
  struct in_addr a4;
  int at = inet_aton(host, &a4);
  struct addrinfo hints;
  memset(&hints, 0, sizeof hints);
  hints.ai_family = AF_INET;
  hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV;
  struct addrinfo *res = NULL;
  int gr = getaddrinfo("127.0.0.1", argv[1], &hints, &res);
  char hb[10], sb[3];
  int ni = gr == 0 ? getnameinfo(res->ai_addr, res->ai_addrlen, hb, sizeof hb, sb, sizeof sb,
                                 NI_NUMERICHOST | NI_NUMERICSERV)
                   : -1;
  struct ether_addr mac;
  memcpy(&mac, "\xaa\xbb\xcc\xdd\xee\xff", 6);
  char mb[18];
  ether_ntoa_r(&mac, mb);
  int sk = socket(AF_INET, SOCK_DGRAM, 0);
  ssize_t sent = -1;
  if (sk >= 0 && gr == 0) {
    sent = sendto(sk, argv[2], 4, 0, res->ai_addr, res->ai_addrlen);
    close(sk);
  }
  printf("%s %d %d %08x %d %s %s %s %zd\n", s, p6, at, a4.s_addr, ni, ni == 0 ? hb : "-", ni == 0 ? sb : "-", mb,
         sent);
  if (gr == 0)
    freeaddrinfo(res);
  free(a6);
  free(b);
  return 0;
}
