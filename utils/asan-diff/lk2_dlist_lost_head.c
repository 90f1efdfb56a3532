// EXPECT: leak
// A doubly-linked list (every node pointed to by both neighbours, a cycle of references) whose head pointer is dropped.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct dn { struct dn *prev, *next; int v[6]; };
__attribute__((noinline)) static int build(int n) {
  struct dn *head = 0, *tail = 0;
  for (int i = 0; i < n; i++) {
    struct dn *d = calloc(1, sizeof *d); // BUG
    d->v[0] = i;
    d->prev = tail;
    if (tail) tail->next = d; else head = d;
    tail = d;
  }
  int s = 0;
  for (struct dn *d = head; d; d = d->next) s += d->v[0];
  return s;
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  int s = build(atoi(argv[1]));
  scrub();
  printf("%d\n", s);
  return 0;
}
