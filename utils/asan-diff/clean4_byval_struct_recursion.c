// EXPECT: none
// Large structs passed by value down a 300-deep recursion: each callee
// takes the address of its own by-value copy, lets a helper modify it in
// place, and returns a struct by value (sret) built from it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct blob {
  int id;
  char text[61];
  long nums[9];
};

__attribute__((noinline)) static void tweak(struct blob *b, int d) {
  b->text[60] = (char)('a' + d % 26);
  b->nums[8] += d;
  b->id ^= d;
}

__attribute__((noinline)) static struct blob pass(struct blob b, int d) {
  tweak(&b, d);
  if (d == 0) return b;
  struct blob below = pass(b, d - 1);
  below.nums[d % 9] += b.text[60];
  return below;
}

__attribute__((noinline)) static long weigh(struct blob b) {
  long s = b.id + b.text[0] + b.text[60];
  for (int i = 0; i < 9; i++) s += b.nums[i];
  return s;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *text = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  long total = 0;
  for (int r = 0; r < n * 3; r++) {
    struct blob start;
    memset(&start, 0, sizeof start);
    start.id = r;
    memcpy(start.text, text, 26);
    struct blob out = pass(start, 300);
    total += weigh(out) + weigh(start);
  }
  printf("%ld\n", total);
  return 0;
}
