// EXPECT: none
// getaddrinfo's result is dropped, but __lsan_default_suppressions names getaddrinfo ("leak:getaddrinfo"), a frame of the allocation stack.
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
const char *__lsan_default_suppressions(void) { return "leak:getaddrinfo\n"; }
__attribute__((noinline)) static int resolve(int port) {
  char ps[16];
  snprintf(ps, sizeof ps, "%d", port);
  struct addrinfo hints, *res = 0;
  memset(&hints, 0, sizeof hints);
  hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV;
  hints.ai_family = AF_INET;
  int rc = getaddrinfo("127.0.0.1", ps, &hints, &res);
  return rc == 0 && res ? res->ai_family : -1;
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
