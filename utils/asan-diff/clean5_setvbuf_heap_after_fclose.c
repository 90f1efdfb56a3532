// EXPECT: none
// setvbuf with heap buffers whose sizes come from argv, freed only after
// fclose: a write stream fully buffered, a read stream line buffered and
// read with getline and getdelim into a buffer grown by realloc; the freed
// buffers' memory is then reused by the next stream's malloc'd buffer.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long hash(const char *s, size_t n, unsigned long h) {
  for (size_t i = 0; i < n; ++i)
    h = h * 131 + (unsigned char)s[i];
  return h;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  unsigned long h = 7;
  for (int round = 0; round < 3; ++round) {
    size_t bsize = (size_t)n * 13 + round * 101 + 1;
    char *wb = malloc(bsize);
    FILE *f = fopen("heap.txt", "w");
    if (!f || setvbuf(f, wb, _IOFBF, bsize))
      return 1;
    for (int i = 0; i < n * 15; ++i) {
      fprintf(f, "%d,%.*s,%d\n", i, 1 + (i + round) % 26, alpha, i * round);
      if (i % 9 == 0)
        fputs("x,y,z\n", f);
    }
    fclose(f);
    free(wb);

    char *rb = malloc(bsize + 3);
    FILE *r = fopen("heap.txt", "r");
    if (!r || setvbuf(r, rb, _IOLBF, bsize + 3))
      return 2;
    char *line = malloc(1);
    size_t cap = 1;
    ssize_t len;
    int lines = 0;
    while ((len = getline(&line, &cap, r)) > 0) {
      h = hash(line, (size_t)len, h);
      ++lines;
    }
    rewind(r);
    int fields = 0;
    while ((len = getdelim(&line, &cap, ',', r)) > 0) {
      h = hash(line, (size_t)len, h ^ 5);
      ++fields;
    }
    fclose(r);
    free(rb);
    free(line);
    printf("round %d lines %d fields %d\n", round, lines, fields);
  }
  printf("hash %lu\n", h);
  return 0;
}
