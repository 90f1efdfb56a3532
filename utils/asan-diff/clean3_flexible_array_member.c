// EXPECT: none
// Structs with a flexible array member: allocated on the heap with room
// for exactly n elements (and grown with realloc), a static one whose
// array is given by its initializer (a GNU extension), and one built in
// an aligned stack buffer; every element is written and read, the last
// one through a volatile index.
#include <stdalign.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct Vec {
  size_t n;
  int data[];
};

struct Name {
  unsigned short len;
  char text[];
};

static struct Name fixed = {5, {'h', 'e', 'l', 'l', 'o'}};
static volatile size_t last;

__attribute__((noinline)) static struct Vec *make(size_t n, int base) {
  struct Vec *v = malloc(sizeof *v + n * sizeof v->data[0]);
  v->n = n;
  for (size_t i = 0; i < n; i++) v->data[i] = base + (int)i;
  return v;
}

__attribute__((noinline)) static long sum(const struct Vec *v) {
  long s = 0;
  for (size_t i = 0; i < v->n; i++) s += v->data[i];
  last = v->n - 1;
  return s + v->data[last];
}

int main(int argc, char **argv) {
  int base = atoi(argv[1]);
  long total = 0;
  for (size_t n = 1; n < 40; n += 3) {
    struct Vec *v = make(n, base);
    total += sum(v);
    v = realloc(v, sizeof *v + (n + 5) * sizeof v->data[0]);
    for (size_t i = n; i < n + 5; i++) v->data[i] = -1;
    v->n = n + 5;
    total += sum(v);
    free(v);
  }
  last = fixed.len - 1;
  total += fixed.text[last];
  char out[6];
  memcpy(out, fixed.text, fixed.len);
  out[5] = '\0';

  alignas(struct Name) char storage[sizeof(struct Name) + 26];
  struct Name *nm = (struct Name *)storage;
  nm->len = 26;
  memcpy(nm->text, argv[2], 26);
  last = 25;
  total += nm->text[last] + nm->text[0];
  printf("%s %ld %d\n", out, total, argc);
  return 0;
}
