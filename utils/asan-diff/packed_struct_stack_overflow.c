// EXPECT: stack-buffer-overflow
// A packed struct on the stack (odd size, unaligned int members): a loop
// bound from argv stores one int past the array member, off the struct's end.
#include <stdio.h>
#include <stdlib.h>
struct __attribute__((packed)) Rec { char tag; int vals[5]; short tail; };
__attribute__((noinline)) static void fill(struct Rec *r, int n) {
  r->tag = 't';
  r->tail = 1;
  for (int i = 0; i < n; i++) r->vals[i] = i; // BUG
}
int main(int argc, char **argv) {
  struct Rec r;
  fill(&r, atoi(argv[1]) - 3); /* 7 ints: vals[5] covers tail and runs 2 bytes past the end */
  printf("%zu %d %d\n", sizeof r, r.vals[4], r.tail);
  return 0;
}
