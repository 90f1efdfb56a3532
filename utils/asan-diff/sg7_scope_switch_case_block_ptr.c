// EXPECT: stack-use-after-scope
// A command dispatcher: each case has its own braced block with a local
// reply buffer, and `reply` is pointed at it; the reply is sent after the
// switch, when the case block's buffer is out of scope.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static unsigned send(const char *msg, size_t n) {
  unsigned h = 0;
  for (size_t i = 0; i < n; i++) h = h * 33 + (unsigned char)msg[i]; // BUG
  return h;
}
int main(int argc, char **argv) {
  int cmd = atoi(argv[1]) % 4;
  const char *reply = "unknown";
  size_t len = 7;
  switch (cmd) {
  case 1: {
    char ok[16];
    len = (size_t)snprintf(ok, sizeof ok, "OK %d", argc);
    reply = ok;
    break;
  }
  case 2: {
    char err[24];
    len = (size_t)snprintf(err, sizeof err, "ERR code=%d", argc * 3);
    reply = err;
    break;
  }
  default:
    break;
  }
  printf("%u\n", send(reply, len));
  return 0;
}
