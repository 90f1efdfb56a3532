// EXPECT: leak
// A lost header block owns a buffer that owns a second buffer: one direct leak and two indirect ones, all in the summary.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct inner { char *data; int len; };
struct outer { struct inner *in; int tag; };
__attribute__((noinline)) static void build(int n) {
  struct outer *o = malloc(sizeof *o); // BUG
  o->in = malloc(sizeof *o->in);
  o->in->data = malloc(n * 3);
  o->in->len = n * 3;
  memset(o->in->data, 'x', n * 3);
  __asm__ volatile("" : : "r"(o) : "memory");
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  build(atoi(argv[1]));
  scrub();
  printf("done\n");
  return 0;
}
