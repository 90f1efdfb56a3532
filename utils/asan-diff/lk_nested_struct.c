// EXPECT: leak
#include <stdlib.h>
#include <string.h>
struct Buf { char *data; size_t cap; };
struct Conn { struct Buf *in, *out; int fd; };
__attribute__((noinline)) static struct Conn *open_conn(void) {
  struct Conn *c = malloc(sizeof *c);
  c->in = malloc(sizeof *c->in);
  c->in->data = malloc(256);
  c->out = malloc(sizeof *c->out);
  c->out->data = malloc(128);
  __asm__ volatile("" : : "r"(c) : "memory");
  return c;
}
__attribute__((noinline)) static void use(void) { struct Conn *c = open_conn(); c->fd = 3; }
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) { /* clear stale pointer copies on the stack */
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(void) { use(); scrub(); return 0; }
