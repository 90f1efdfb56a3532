// EXPECT: heap-buffer-overflow
// The host part of "host:port" is copied into a heap block of exactly its length, without the terminator, and handed to inet_aton.
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char spec[32];
  snprintf(spec, sizeof spec, "127.0.0.%s:80", argv[1]);
  size_t hostlen = strcspn(spec, ":");
  char *host = malloc(hostlen);
  memcpy(host, spec, hostlen);
  struct in_addr a;
  int ok = inet_aton(host, &a); // BUG
  printf("%d %08x\n", ok, a.s_addr);
  free(host);
  return 0;
}
