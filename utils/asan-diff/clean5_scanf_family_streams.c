// EXPECT: none
// The scanf family on streams with program buffers: fscanf with %d, %s
// widths, %[ sets, %n, %c, %ms (glibc allocates the string, freed by the
// program), vfscanf through a va_list wrapper, fscanf on a read stream of
// a file written with fprintf; also sscanf for comparison.
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int scan_pair(FILE *f, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vfscanf(f, fmt, ap);
  va_end(ap);
  return r;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  FILE *w = fopen("scan.txt", "w");
  for (int i = 0; i < n * 10; ++i)
    fprintf(w, "%d %.*s [%c] key=%d;\n", i, 1 + i % 9, alpha + i % 17,
            alpha[i % 26], i * 3);
  fclose(w);
  char *rb = malloc(53);
  FILE *f = fopen("scan.txt", "r");
  setvbuf(f, rb, _IOFBF, 53);
  long sum = 0;
  int num, key, consumed;
  char word[10], set[4], c;
  int rows = 0;
  while (fscanf(f, "%d %9s [%1[A-Z]] key=%d;%n", &num, word, set, &key,
                &consumed) == 4) {
    sum += num + key + (long)strlen(word) * set[0] + consumed;
    ++rows;
  }
  rewind(f);
  char *dyn = NULL;
  int got = 0;
  while (scan_pair(f, "%d %ms", &num, &dyn) == 2) {
    sum += (long)strlen(dyn);
    free(dyn);
    dyn = NULL;
    // Skip the rest of the line one character at a time.
    while (fscanf(f, "%c", &c) == 1 && c != '\n')
      ;
    ++got;
  }
  fclose(f);
  free(rb);
  int a, b;
  sscanf("12 34", "%d %d", &a, &b);
  printf("rows %d got %d a+b %d sum %ld\n", rows, got, a + b, sum);
  return 0;
}
