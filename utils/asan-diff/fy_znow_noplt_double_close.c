// EXPECT: double-free
// FLAGS: -Wl,-z,now -Wl,-z,relro -fno-plt
// Hardened linking: full RELRO, immediate binding and calls to libc
// through the GOT without PLT stubs (-fno-plt). The interceptors must
// still see free. A connection object is closed twice on an error path;
// both closes free the receive buffer.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct conn { char *rxbuf; int open; };

static void conn_close(struct conn *c) {
  free(c->rxbuf); // BUG
  c->open = 0;
}

static int conn_handshake(struct conn *c, const char *peer) {
  snprintf(c->rxbuf, 256, "HELLO %s", peer);
  fprintf(stderr, "%s\n", c->rxbuf);
  if (strlen(peer) > 20) {
    conn_close(c);
    return -1;
  }
  return 0;
}

int main(int argc, char **argv) {
  struct conn c = {malloc(256), 1};
  memset(c.rxbuf, 0, 256);
  c.rxbuf[0] = (char)atoi(argv[1]);
  if (conn_handshake(&c, argv[2]) < 0) {
    fprintf(stderr, "handshake failed\n");
    conn_close(&c);
    return 1;
  }
  conn_close(&c);
  return 0;
}
