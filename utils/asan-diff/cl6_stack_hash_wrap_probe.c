// EXPECT: none
// Word counting with an open-addressing hash table that is a local array
// of 61 slots (prime, not a power of two): linear probing wraps from the
// last slot to slot 0, keys are stored in fixed 12-byte fields filled to
// the last byte with memcpy and explicit lengths (no terminator when
// full), and the table is filled until exactly one slot stays free. A
// second table is a local array of structs scanned backwards with a
// pointer that stops one before the first element by comparing against
// the array's start.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { SLOTS = 61, KEY = 12 };

struct Slot {
  char key[KEY];
  unsigned char len;
  int count;
};

static unsigned hash(const char *s, size_t n) {
  unsigned h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

static int insert(struct Slot *t, const char *w, size_t n, int *used) {
  if (n > KEY) n = KEY;
  unsigned i = hash(w, n) % SLOTS;
  for (;;) {
    if (t[i].len == 0) {
      if (*used == SLOTS - 1) return -1;
      memcpy(t[i].key, w, n);
      t[i].len = (unsigned char)n;
      t[i].count = 1;
      ++*used;
      return (int)i;
    }
    if (t[i].len == n && memcmp(t[i].key, w, n) == 0) {
      t[i].count++;
      return (int)i;
    }
    i = i + 1 == SLOTS ? 0 : i + 1;
  }
}

__attribute__((noinline)) static long count_words(int variant) {
  struct Slot table[SLOTS];
  memset(table, 0, sizeof table);
  int used = 0;
  char word[KEY + 4];
  long rejected = 0;
  for (int i = 0; i < 200; i++) {
    int n = snprintf(word, sizeof word, "w%0*d", 1 + (i + variant) % 11, (i * 7 + variant) % 90);
    if (n > KEY) n = KEY;
    if (insert(table, word, (size_t)n, &used) < 0) rejected++;
  }
  long s = 0;
  for (const struct Slot *p = table + SLOTS - 1; p >= table; p--) {
    if (p->len) s += p->count * (long)p->key[p->len - 1];
    if (p == table) break;
  }
  return s * 1000 + used * 10 + (rejected > 0);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  long t = 0;
  for (int v = 0; v < n * 3; v++) t += count_words(v);
  printf("%ld\n", t);
  return 0;
}
