// EXPECT: none
// Number formatting: strfromd/strfromf/strfroml sized first with a null
// buffer and size 0, then into heap buffers of exactly that size plus one,
// and into a too-small stack buffer (truncated); ecvt/fcvt/qecvt with the
// point and sign in a heap pair; getnameinfo with NI_NUMERICHOST and
// NI_NUMERICSERV on IPv4 and IPv6 addresses (no lookup), with and without
// the service buffer.
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  unsigned long sum = 0;
  for (int i = 0; i < n * 5; ++i) {
    double d = i * 3.14159 - 40;
    int need = strfromd(NULL, 0, "%.6g", d);
    char *exact = malloc((size_t)need + 1);
    strfromd(exact, (size_t)need + 1, "%.6g", d);
    sum = sum * 31 + strlen(exact);
    free(exact);
    char small[5];
    int full = strfromf(small, sizeof small, "%e", (float)d);
    sum += (unsigned long)full + strlen(small);
    char ld[64];
    strfroml(ld, sizeof ld, "%.10f", (long double)d / 7);
    sum += strlen(ld);
    int *ps = malloc(sizeof *ps * 2);
    char *e = ecvt(d, 5, &ps[0], &ps[1]);
    sum += strlen(e) + (unsigned)ps[0] + (unsigned)ps[1];
    e = fcvt(d, 3, &ps[0], &ps[1]);
    sum += strlen(e) + (unsigned)ps[0];
    e = qecvt((long double)d, 8, &ps[0], &ps[1]);
    sum += strlen(e);
    free(ps);
  }
  struct sockaddr_in sin;
  memset(&sin, 0, sizeof sin);
  sin.sin_family = AF_INET;
  sin.sin_port = htons((unsigned short)(8000 + n));
  inet_pton(AF_INET, "192.0.2.33", &sin.sin_addr);
  char host[NI_MAXHOST], serv[NI_MAXSERV];
  int r1 = getnameinfo((struct sockaddr *)&sin, sizeof sin, host, sizeof host,
                       serv, sizeof serv, NI_NUMERICHOST | NI_NUMERICSERV);
  struct sockaddr_in6 *s6 = calloc(1, sizeof *s6);
  s6->sin6_family = AF_INET6;
  s6->sin6_port = htons(443);
  inet_pton(AF_INET6, "2001:db8::17", &s6->sin6_addr);
  char *h6 = malloc(64);
  int r2 = getnameinfo((struct sockaddr *)s6, sizeof *s6, h6, 64, NULL, 0,
                       NI_NUMERICHOST);
  struct sockaddr_storage ss;
  memcpy(&ss, &sin, sizeof sin);
  char sv[8];
  int r3 = getnameinfo((struct sockaddr *)&ss, sizeof(struct sockaddr_in), NULL,
                       0, sv, sizeof sv, NI_NUMERICSERV);
  printf("%d %s:%s %d %s %d %s sum %lu\n", r1, host, serv, r2, h6, r3, sv, sum);
  free(s6);
  free(h6);
  return 0;
}
