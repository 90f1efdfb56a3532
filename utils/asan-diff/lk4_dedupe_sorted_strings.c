// EXPECT: leak
// A tag list is sorted and de-duplicated in place: each unique string is
// compacted to the front of the array, and the duplicates are simply
// overwritten instead of freed. The kept tags and the array are freed at the
// end; each duplicate copy is lost.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

__attribute__((noinline)) static size_t dedupe(char **v, size_t n) {
  if (n == 0) return 0;
  size_t k = 1;
  for (size_t i = 1; i < n; i++)
    if (strcmp(v[i], v[k - 1]) != 0) v[k++] = v[i]; /* BUG: v[i] duplicates not freed */
  for (size_t i = k; i < n; i++) v[i] = NULL;
  return k;
}

__attribute__((noinline)) static char **collect(int n, const char *alpha, size_t *count) {
  char **v = malloc(sizeof *v * (size_t)n * 2);
  size_t c = 0;
  for (int i = 0; i < n * 2; i++) {
    char tag[32];
    snprintf(tag, sizeof tag, "tag-%c%c", alpha[i % 3], alpha[(i / 3) % 2]);
    v[c++] = strdup(tag);
  }
  *count = c;
  return v;
}

__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

__attribute__((noinline)) static size_t run(int n, const char *alpha) {
  size_t count;
  char **v = collect(n, alpha, &count);
  qsort(v, count, sizeof *v, cmp);
  size_t k = dedupe(v, count);
  for (size_t i = 0; i < k; i++) free(v[i]);
  free(v);
  return k;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  size_t k = run(n, argc > 2 ? argv[2] : "ABCDEFGH");
  scrub();
  printf("unique tags %zu\n", k);
  return 0;
}
