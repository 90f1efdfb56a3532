// EXPECT: stack-use-after-scope
// A loop parses one record per iteration into a record local to the loop
// body and keeps a pointer to it as `prev` to detect duplicates. The
// comparison at the top of the next iteration runs before the new record
// is declared: prev points at the previous iteration's record, whose
// lifetime has ended.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct record { int id; char key[12]; };

__attribute__((noinline)) static void parse(struct record *r, int i,
                                            const char *src) {
  r->id = i;
  memcpy(r->key, src + (i % 4), 11);
  r->key[11] = 0;
}

__attribute__((noinline)) static int same_key(const struct record *a,
                                              const char *src, int i) {
  return memcmp(a->key, src + (i % 4), 4) == 0 && a->id + 1 == i; // BUG
}

int main(int argc, char **argv) {
  const struct record *prev = NULL;
  int dups = 0;
  int n = atoi(argv[1]) / 2; /* 5 records */
  for (int i = 0; i < n; i++) {
    if (prev && same_key(prev, argv[2], i))
      dups++;
    struct record cur;
    parse(&cur, i, argv[2]);
    prev = &cur;
  }
  printf("%d dups %d\n", dups, argc);
  return 0;
}
