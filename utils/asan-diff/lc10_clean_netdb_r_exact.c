// EXPECT: none
// Reentrant lookups sized the way their manuals say: gethostbyname_r and
// getgrgid_r retried with a doubled buffer on ERANGE, getpwuid_r with
// sysconf(_SC_GETPW_R_SIZE_MAX), getprotobyname_r and getservbyname_r with
// 1024 bytes, getaddrinfo/getnameinfo into NI_MAXHOST/NI_MAXSERV,
// gethostbyaddr with the IPv4 length, inet_ntop into exactly
// INET_ADDRSTRLEN for the longest dotted quad, ether_ntoa_r into 18 bytes.
#include <arpa/inet.h>
#include <errno.h>
#include <grp.h>
#include <netdb.h>
#include <netinet/ether.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
  struct hostent he, *hr = NULL;
  size_t hlen = 16;
  char *hbuf = malloc(hlen);
  int herr = 0, r;
  while ((r = gethostbyname_r("localhost", &he, hbuf, hlen, &hr, &herr)) == ERANGE) {
    hlen *= 2;
    hbuf = realloc(hbuf, hlen);
  }
  struct group gr, *gres = NULL;
  size_t glen = 8;
  char *gbuf = malloc(glen);
  while (getgrgid_r(0, &gr, gbuf, glen, &gres) == ERANGE) {
    glen *= 2;
    gbuf = realloc(gbuf, glen);
  }
  long pwmax = sysconf(_SC_GETPW_R_SIZE_MAX);
  size_t plen = pwmax > 0 ? (size_t)pwmax : 16384;
  char *pbuf = malloc(plen);
  struct passwd pw, *pres = NULL;
  getpwuid_r(0, &pw, pbuf, plen, &pres);
  struct protoent pe, *per = NULL;
  char prbuf[1024];
  getprotobyname_r("udp", &pe, prbuf, sizeof prbuf, &per);
  struct servent se, *ser = NULL;
  char sebuf[1024];
  getservbyname_r("http", "tcp", &se, sebuf, sizeof sebuf, &ser);

  struct addrinfo hints = {0}, *ai = NULL;
  hints.ai_family = AF_INET;
  hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV;
  char host[NI_MAXHOST], serv[NI_MAXSERV];
  int gn = -1;
  if (getaddrinfo("127.0.0.1", argv[1], &hints, &ai) == 0) {
    gn = getnameinfo(ai->ai_addr, ai->ai_addrlen, host, sizeof host, serv,
                     sizeof serv, NI_NUMERICHOST | NI_NUMERICSERV);
    freeaddrinfo(ai);
  }
  struct in_addr a4;
  inet_pton(AF_INET, "127.0.0.1", &a4);
  struct hostent *rev = gethostbyaddr(&a4, sizeof a4, AF_INET);
  struct in_addr bcast;
  inet_pton(AF_INET, "255.255.255.255", &bcast);
  char dotted[INET_ADDRSTRLEN];
  inet_ntop(AF_INET, &bcast, dotted, sizeof dotted);
  struct ether_addr ea;
  char mac[18];
  ether_aton_r("02:42:ac:11:00:02", &ea);
  ether_ntoa_r(&ea, mac);
  printf("%d %d %d %d %d %d %s %s %d %s %s\n", hr != NULL, gres != NULL,
         pres != NULL, per ? pe.p_proto : -1, ser ? ntohs(se.s_port) : -1, gn,
         gn == 0 ? host : "-", gn == 0 ? serv : "-", rev != NULL, dotted, mac);
  free(pbuf);
  free(gbuf);
  free(hbuf);
  return 0;
}
