// EXPECT: stack-buffer-overflow
// A "last entry" is taken by value from a local array of records with
// `entries[count]` (count, not count - 1): a whole-struct copy of 24 bytes
// read from just past the array.
#include <stdio.h>
#include <stdlib.h>

struct entry { long id; double when; int kind; };

__attribute__((noinline)) static int fill(struct entry *e, int n, int seed) {
  for (int i = 0; i < n; i++) {
    e[i].id = 1000 + i;
    e[i].when = i * 1.25 + seed;
    e[i].kind = i % 3;
  }
  return n;
}

int main(int argc, char **argv) {
  struct entry entries[4];
  int count = fill(entries, atoi(argv[1]) - 6, argc); /* 4 */
  struct entry last = entries[count]; // BUG
  printf("last id %ld at %.2f kind %d\n", last.id, last.when, last.kind);
  return 0;
}
