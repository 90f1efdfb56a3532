// EXPECT: leak
// getaddrinfo on a numeric host; the result list is never passed to freeaddrinfo and its pointer is dropped.
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
__attribute__((noinline)) static int resolve(int port) {
  char ps[16];
  snprintf(ps, sizeof ps, "%d", port);
  struct addrinfo hints, *res = 0;
  memset(&hints, 0, sizeof hints);
  hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV;
  hints.ai_family = AF_INET;
  hints.ai_socktype = SOCK_STREAM;
  int rc = getaddrinfo("127.0.0.1", ps, &hints, &res); // BUG
  int fam = res ? res->ai_family : -1;
  return rc == 0 ? fam : -2;
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  int f = resolve(8000 + atoi(argv[1]));
  scrub();
  printf("%d\n", f);
  return 0;
}
