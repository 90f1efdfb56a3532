// EXPECT: leak
#include <stdlib.h>
#include <string.h>
struct N { struct N *next; int v[5]; };
__attribute__((noinline)) static void make(void) {
  struct N *a = malloc(sizeof *a), *b = malloc(sizeof *b), *c = malloc(sizeof *c);
  a->next = b; b->next = c; c->next = a;
  __asm__ volatile("" : : "r"(a) : "memory");
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) { /* clear stale pointer copies on the stack */
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(void) { make(); scrub(); return 0; }
