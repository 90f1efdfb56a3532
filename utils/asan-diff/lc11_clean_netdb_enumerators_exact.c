// EXPECT: none
// Uses the netdb enumerators and lookups with correct buffers:
// getprotobyname/getprotobynumber_r/getprotoent_r, getnetbyname,
// getservent_r and gethostent_r, each with its own scratch buffer.
#define _GNU_SOURCE
#include <netdb.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
  struct protoent *p = getprotobyname("udp");
  int udp = p ? p->p_proto : -1;
  struct protoent pe, *pres;
  char buf[1024];
  getprotobynumber_r(6, &pe, buf, sizeof buf, &pres);
  int tcp_named = pres && strcmp(pres->p_name, "tcp") == 0;
  int protos = 0;
  setprotoent(0);
  while (getprotoent_r(&pe, buf, sizeof buf, &pres) == 0 && pres)
    protos++;
  endprotoent();
  struct netent *ne = getnetbyname("loopback");
  struct servent se, *sres;
  int services = 0;
  setservent(0);
  while (getservent_r(&se, buf, sizeof buf, &sres) == 0 && sres)
    services++;
  endservent();
  struct hostent he, *hres;
  int herr, hosts = 0;
  sethostent(0);
  while (gethostent_r(&he, buf, sizeof buf, &hres, &herr) == 0 && hres)
    hosts++;
  endhostent();
  printf("%d %d %d %d %d %d %d\n", udp, tcp_named, protos > 0, ne != NULL, services > 0,
         hosts > 0, argc);
  return 0;
}
