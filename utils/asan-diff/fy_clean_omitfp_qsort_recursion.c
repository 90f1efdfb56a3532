// EXPECT: none
// FLAGS: -fomit-frame-pointer
// Without frame pointers: a recursive merge sort with a heap scratch
// buffer, qsort with a callback (libc calling back into instrumented code
// without a frame chain), bsearch, and many malloc/free pairs whose
// allocation stacks are recorded while frame pointers are missing.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void msort(int *a, int *tmp, int lo, int hi) {
  if (hi - lo < 2) return;
  int mid = (lo + hi) / 2;
  msort(a, tmp, lo, mid);
  msort(a, tmp, mid, hi);
  int i = lo, j = mid, k = lo;
  while (i < mid && j < hi) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
  while (i < mid) tmp[k++] = a[i++];
  while (j < hi) tmp[k++] = a[j++];
  memcpy(a + lo, tmp + lo, (size_t)(hi - lo) * sizeof *a);
}

static int cmp_str(const void *x, const void *y) {
  return strcmp(*(char *const *)x, *(char *const *)y);
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]) * 50 + 7;
  int *a = malloc((size_t)n * sizeof *a), *tmp = malloc((size_t)n * sizeof *a);
  for (int i = 0; i < n; i++) a[i] = (i * 7919) % 1009;
  msort(a, tmp, 0, n);
  char *words[26];
  for (int i = 0; i < 26; i++) {
    words[i] = malloc(4);
    snprintf(words[i], 4, "%c%c", argv[2][(i * 11) % 26], argv[2][i]);
  }
  qsort(words, 26, sizeof *words, cmp_str);
  char key[4];
  memcpy(key, words[13], 4);
  char *kp = key;
  char **hit = bsearch(&kp, words, 26, sizeof *words, cmp_str);
  printf("%d %d %s %d\n", a[0], a[n - 1], words[0], hit != NULL);
  for (int i = 0; i < 26; i++) free(words[i]);
  free(tmp);
  free(a);
  return 0;
}
