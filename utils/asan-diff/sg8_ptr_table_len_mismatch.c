// EXPECT: global-buffer-overflow
// Test vectors are reached only through a table of {pointer, length}
// descriptors. One length was not updated when a vector was shortened
// from 7 to 6 entries, so summing it reads one int past that global.
#include <stdio.h>
#include <stdlib.h>

static const int vec_small[5] = {1, 2, 3, 4, 5};
static const int vec_mid[6] = {10, 20, 30, 40, 50, 60};
static const int vec_big[9] = {1, 1, 2, 3, 5, 8, 13, 21, 34};

struct vec_desc { const int *data; int len; const char *name; };
static const struct vec_desc kVectors[] = {
    {vec_small, 5, "small"},
    {vec_mid, 7, "mid"},
    {vec_big, 9, "big"},
};

__attribute__((noinline)) static long sum(const struct vec_desc *d) {
  long s = 0;
  for (int i = 0; i < d->len; i++) s += d->data[i]; // BUG
  return s;
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]) - 7; /* all 3 vectors */
  for (int i = 0; i < n; i++)
    printf("%s: %ld\n", kVectors[i].name, sum(&kVectors[i]) * argc);
  return 0;
}
