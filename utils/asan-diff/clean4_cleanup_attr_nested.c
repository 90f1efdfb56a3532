// EXPECT: none
// __attribute__((cleanup)) on arrays and structs in nested scopes, loops
// left by break, continue and goto, and an early return: each cleanup
// reads the whole variable (still in scope when it runs) and reports into
// an outer local through a pointer the variable holds.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct guard {
  long *sink;
  int id;
  char name[11];
};

static void close_guard(struct guard *g) {
  *g->sink += g->id + (long)strlen(g->name) + g->name[9];
}

static long *array_sink;
static void close_array(int (*a)[13]) {
  for (int i = 0; i < 13; i++) *array_sink += (*a)[i];
}

__attribute__((noinline)) static long scoped(int n) {
  long total = 0;
  array_sink = &total;
  for (int i = 0; i < n; i++) {
    __attribute__((cleanup(close_guard))) struct guard g = {&total, i, "abcdefghi"};
    if (i % 5 == 1) continue;
    {
      __attribute__((cleanup(close_array))) int arr[13];
      for (int k = 0; k < 13; k++) arr[k] = i + k;
      if (i % 7 == 3) break;
      if (i % 11 == 4) goto skip;
      __attribute__((cleanup(close_guard))) struct guard inner = {&total, -i, "zyxwvutsr"};
      total += inner.name[0];
    }
  skip:
    total += g.id;
  }
  return total;
}

__attribute__((noinline)) static long early(int k) {
  long total = 0;
  __attribute__((cleanup(close_guard))) struct guard a = {&total, k, "early-one"};
  if (k % 2) return total + 1; /* cleanup runs after the value is taken */
  __attribute__((cleanup(close_guard))) struct guard b = {&total, k * 2, "early-two"};
  return total + 2;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  long total = 0;
  for (int r = 0; r < n * 30; r++) total += scoped(5 + r % 40) + early(r);
  printf("%ld\n", total);
  return 0;
}
