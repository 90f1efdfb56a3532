// EXPECT: none
// getaddrinfo with AI_NUMERICHOST and NULL hints/service, getnameinfo with NI_NUMERIC* into exact buffers, inet_ntop/inet_pton exact fits, inet_aton/inet_ntoa.
#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
int main(int argc, char **argv) {
  struct addrinfo hints;
  memset(&hints, 0, sizeof hints);
  hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV;
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  struct addrinfo *res = 0, *res6 = 0, *res3 = 0;
  int g1 = getaddrinfo("127.0.0.1", "8080", &hints, &res);
  int g2 = getaddrinfo("::1", NULL, &hints, &res6);
  hints.ai_flags = AI_NUMERICHOST;
  int g3 = getaddrinfo("not-numeric", "1", &hints, &res3); /* fails: EAI_NONAME */
  const char *ge = gai_strerror(g3);
  char host[10], serv[5];                       /* "127.0.0.1" and "8080" with terminators: exact */
  int n1 = getnameinfo(res->ai_addr, res->ai_addrlen, host, sizeof host, serv, sizeof serv, NI_NUMERICHOST | NI_NUMERICSERV);
  char host6[4];
  int n2 = getnameinfo(res6->ai_addr, res6->ai_addrlen, host6, sizeof host6, NULL, 0, NI_NUMERICHOST); /* "::1" exact */
  struct in_addr *a4 = malloc(sizeof *a4);
  int p1 = inet_pton(AF_INET, "10.20.30.40", a4);
  struct in6_addr *a6 = malloc(sizeof *a6);
  int p2 = inet_pton(AF_INET6, "fe80::1:2", a6);
  int p3 = inet_pton(AF_INET, "300.1.1.1", a4);  /* invalid: 0 */
  char *t4 = malloc(12);                         /* "10.20.30.40" and its terminator */
  const char *o1 = inet_ntop(AF_INET, a4, t4, 12);
  char t6[10];                                   /* "fe80::1:2" exact */
  const char *o2 = inet_ntop(AF_INET6, a6, t6, sizeof t6);
  char tmax[INET6_ADDRSTRLEN];
  struct in6_addr full;
  memset(&full, 0xab, sizeof full);
  const char *o3 = inet_ntop(AF_INET6, &full, tmax, sizeof tmax);
  char tiny[4];
  const char *o4 = inet_ntop(AF_INET, a4, tiny, sizeof tiny); /* too small: NULL */
  struct in_addr an;
  int a = inet_aton("1.2.3.4", &an);
  char *nt = inet_ntoa(an);
  uint32_t net = htonl(0x7f000001);
  printf("%d %d %d %s %s %d %s %s %d %d %d %d %s %s %s %d %d %s %u %d\n", g1, g2, g3 != 0, ge ? "msg" : "-", host, n1, serv, host6,
         n2, p1, p2, p3, o1, o2, o3, o4 == 0, a, nt, net, argc);
  freeaddrinfo(res); freeaddrinfo(res6);
  free(a4); free(a6); free(t4);
  return 0;
}
