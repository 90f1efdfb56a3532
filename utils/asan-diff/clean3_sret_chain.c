// EXPECT: none
// Large structs (an odd 1001-byte one and one of 4 KiB) returned by value
// through four levels of calls, each level modifying the copy it got and
// passing another one down by value; results are compared with memcmp.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct Odd {
  char bytes[1001];
};
struct Page {
  long words[512];
};

__attribute__((noinline)) static struct Odd leaf_odd(int v) {
  struct Odd o;
  memset(o.bytes, v, sizeof o.bytes);
  o.bytes[1000] = (char)(v + 1);
  return o;
}

__attribute__((noinline)) static struct Odd mid_odd(int v, struct Odd in) {
  struct Odd o = leaf_odd(v);
  o.bytes[0] = in.bytes[1000];
  return o;
}

__attribute__((noinline)) static struct Odd top_odd(int v) {
  struct Odd seed = leaf_odd(v + 3);
  struct Odd r = mid_odd(v, seed);
  r.bytes[500] = seed.bytes[999];
  return r;
}

__attribute__((noinline)) static struct Page fill_page(long base) {
  struct Page p;
  for (int i = 0; i < 512; i++) p.words[i] = base + i;
  return p;
}

__attribute__((noinline)) static struct Page twice(struct Page p) {
  for (int i = 0; i < 512; i++) p.words[i] *= 2;
  return p;
}

__attribute__((noinline)) static struct Page chain(long base, int levels) {
  struct Page p = fill_page(base);
  for (int l = 0; l < levels; l++) p = twice(p);
  return p;
}

int main(int argc, char **argv) {
  int v = atoi(argv[1]);
  long total = 0;
  for (int r = 0; r < 20; r++) {
    struct Odd a = top_odd(v + r);
    struct Odd b = top_odd(v + r);
    total += memcmp(a.bytes, b.bytes, sizeof a.bytes) == 0;
    total += a.bytes[1000] + a.bytes[0] + a.bytes[500];
    struct Page p = chain(r, 4);
    total += p.words[511] + p.words[0];
  }
  printf("%ld %d\n", total, argc);
  return 0;
}
