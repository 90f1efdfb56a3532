// EXPECT: leak
// A singly-linked list keeps only its tail in a global; the nodes before it (pointing forward only) are lost.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct ln { struct ln *next; long v[3]; };
struct ln *g_tail;
__attribute__((noinline)) static void build(int n) {
  struct ln *prev = 0;
  for (int i = 0; i < n; i++) {
    struct ln *x = calloc(1, sizeof *x); // BUG
    x->v[0] = i;
    if (prev) prev->next = x;
    prev = x;
  }
  g_tail = prev;
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  build(atoi(argv[1]));
  scrub();
  printf("%ld\n", g_tail->v[0]);
  return 0;
}
