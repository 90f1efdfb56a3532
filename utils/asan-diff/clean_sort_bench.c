// EXPECT: none
// A sort benchmark: insertion sort, merge sort, an own quicksort and qsort on the same data, plus an indirect qsort of lines by length.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static unsigned long long rng_state;

static unsigned rng(void) {
  rng_state = rng_state * 6364136223846793005ULL + 1442695040888963407ULL;
  return (unsigned)(rng_state >> 33);
}

static long comparisons;

static int cmp_int(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  comparisons++;
  return (x > y) - (x < y);
}

static void insertion_sort(int *a, int n) {
  for (int i = 1; i < n; i++) {
    int v = a[i], j = i - 1;
    while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; comparisons++; }
    a[j + 1] = v;
  }
}

static void merge_sort_rec(int *a, int *tmp, int lo, int hi) {
  if (hi - lo < 16) { insertion_sort(a + lo, hi - lo); return; }
  int mid = lo + (hi - lo) / 2;
  merge_sort_rec(a, tmp, lo, mid);
  merge_sort_rec(a, tmp, mid, hi);
  int i = lo, j = mid, k = lo;
  while (i < mid && j < hi) { comparisons++; tmp[k++] = a[j] < a[i] ? a[j++] : a[i++]; }
  while (i < mid) tmp[k++] = a[i++];
  while (j < hi) tmp[k++] = a[j++];
  memcpy(a + lo, tmp + lo, (size_t)(hi - lo) * sizeof *a);
}

static void merge_sort(int *a, int n) {
  int *tmp = malloc((size_t)n * sizeof *tmp);
  merge_sort_rec(a, tmp, 0, n);
  free(tmp);
}

static void quick_sort(int *a, int lo, int hi) { /* [lo, hi] */
  while (hi - lo > 12) {
    int mid = lo + (hi - lo) / 2;
    /* median of three into a[mid] */
    if (a[mid] < a[lo]) { int t = a[mid]; a[mid] = a[lo]; a[lo] = t; }
    if (a[hi] < a[lo]) { int t = a[hi]; a[hi] = a[lo]; a[lo] = t; }
    if (a[hi] < a[mid]) { int t = a[hi]; a[hi] = a[mid]; a[mid] = t; }
    int pivot = a[mid], i = lo, j = hi;
    while (i <= j) {
      while (a[i] < pivot) { i++; comparisons++; }
      while (a[j] > pivot) { j--; comparisons++; }
      if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
    }
    if (j - lo < hi - i) { quick_sort(a, lo, j); lo = i; }
    else { quick_sort(a, i, hi); hi = j; }
  }
  insertion_sort(a + lo, hi - lo + 1);
}

static int is_sorted(const int *a, int n) {
  for (int i = 1; i < n; i++)
    if (a[i - 1] > a[i]) return 0;
  return 1;
}

static unsigned long checksum(const int *a, int n) {
  unsigned long h = 0;
  for (int i = 0; i < n; i++) h = h * 1000003u ^ (unsigned)a[i];
  return h;
}

typedef void (*sorter)(int *, int);
static void run_qsort(int *a, int n) { qsort(a, (size_t)n, sizeof *a, cmp_int); }
static void run_quick(int *a, int n) { quick_sort(a, 0, n - 1); }

/* Lines of a text as offsets into it; sorted indirectly by (length, offset). */
static const int *line_off;
static int nlines;
static int text_len;

static int line_len(int i) {
  int end = i + 1 < nlines ? line_off[i + 1] : text_len + 1;
  return end - line_off[i] - 1; /* minus the '\n' */
}

static int cmp_line_len(const void *a, const void *b) {
  int i = *(const int *)a, j = *(const int *)b;
  int li = line_len(i), lj = line_len(j);
  if (li != lj) return li - lj;
  return line_off[i] - line_off[j];
}

int main(int argc, char **argv) {
  int scale = argc > 1 ? atoi(argv[1]) : 10;
  const char *letters = argc > 2 ? argv[2] : "XYZ";
  int n = scale * 500;
  rng_state = (unsigned long long)scale * 2654435761u + (unsigned char)letters[0];
  int *orig = malloc((size_t)n * sizeof *orig), *work = malloc((size_t)n * sizeof *work);
  for (int i = 0; i < n; i++) orig[i] = (int)(rng() % 100000) - 50000;

  struct { const char *name; sorter fn; int max_n; } algos[] = {
    { "insertion", insertion_sort, 2000 }, { "merge", merge_sort, 1 << 30 },
    { "quick", run_quick, 1 << 30 }, { "qsort", run_qsort, 1 << 30 },
  };
  unsigned long ref = 0;
  /* Presorted and reversed inputs first: the quicksort's median of three must keep them fast. */
  for (int shape = 0; shape < 2; shape++) {
    for (int i = 0; i < n; i++) work[i] = shape ? n - i : i;
    comparisons = 0;
    quick_sort(work, 0, n - 1);
    printf("quick on %-8s input: sorted=%d comparisons=%ld\n", shape ? "reversed" : "sorted", is_sorted(work, n),
           comparisons);
  }
  for (size_t k = 0; k < sizeof algos / sizeof algos[0]; k++) {
    int m = n < algos[k].max_n ? n : algos[k].max_n;
    memcpy(work, orig, (size_t)m * sizeof *work);
    comparisons = 0;
    clock_t t0 = clock();
    algos[k].fn(work, m);
    double ms = 1000.0 * (double)(clock() - t0) / CLOCKS_PER_SEC;
    unsigned long h = checksum(work, m);
    if (m == n && !ref) ref = h;
    printf("%-10s n=%5d sorted=%d same=%d comparisons=%ld %.2f ms\n", algos[k].name, m, is_sorted(work, m),
           m != n || h == ref, comparisons, ms);
  }

  /* Indirect sort of generated lines by length. */
  char *text = malloc(8192);
  int *offs = malloc((size_t)(12 * scale) * sizeof *offs);
  int len = 0;
  nlines = 0;
  for (int i = 0; i < 12 * scale && len < 8000; i++) {
    offs[nlines++] = len;
    len += snprintf(text + len, (size_t)(8192 - len), "%.*s %d\n", (int)(rng() % 26), letters, i);
  }
  text_len = len - 1; /* the last '\n' is not counted */
  line_off = offs;
  int *idx = malloc((size_t)nlines * sizeof *idx);
  for (int i = 0; i < nlines; i++) idx[i] = i;
  qsort(idx, (size_t)nlines, sizeof *idx, cmp_line_len);
  printf("%d lines; shortest: %.*s| longest: %.*s|\n", nlines, line_len(idx[0]), text + offs[idx[0]],
         line_len(idx[nlines - 1]), text + offs[idx[nlines - 1]]);
  free(idx);
  free(offs);
  free(text);
  free(work);
  free(orig);
  return 0;
}
