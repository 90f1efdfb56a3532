// EXPECT: none
// setvbuf buffers outside the heap: an mmap'd region (unmapped only after
// fclose), a buffer array inside a global struct next to other fields, and
// the tail of a larger global array; the same mmap'd region reused for a
// second stream after the first closes.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

static struct {
  int before;
  char buf[150];
  long after;
} g = {1, {0}, 2};

static char big[1000];

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  size_t msize = 3 * 4096;
  char *m = mmap(NULL, msize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (m == MAP_FAILED)
    return 1;
  FILE *a = fopen("mm_a.txt", "w+");
  FILE *b = fopen("mm_b.txt", "w+");
  FILE *c = fopen("mm_c.txt", "w+");
  setvbuf(a, m + 100, _IOFBF, msize - 100);
  setvbuf(b, g.buf, _IOFBF, sizeof g.buf);
  setvbuf(c, big + 600, _IOLBF, 400); // ends exactly at big's end
  unsigned long sum = 0;
  for (int i = 0; i < n * 30; ++i) {
    fprintf(a, "%d %s\n", i, alpha + i % 26);
    fprintf(b, "%d\n", i * 7);
    fputs(alpha + 25 - i % 26, c);
    fputc('\n', c);
    g.before += i;
    g.after -= i;
  }
  FILE *all[3] = {a, b, c};
  for (int k = 0; k < 3; ++k) {
    rewind(all[k]);
    int ch;
    while ((ch = fgetc(all[k])) != EOF)
      sum = sum * 31 + (unsigned)ch;
    fclose(all[k]);
  }
  // The region again, for another stream.
  FILE *d = fopen("mm_d.txt", "w");
  setvbuf(d, m, _IOFBF, msize);
  for (int i = 0; i < n * 100; ++i)
    fprintf(d, "%08d\n", i);
  long pos = ftell(d);
  fclose(d);
  munmap(m, msize);
  printf("pos %ld g %d %ld sum %lu\n", pos, g.before, g.after, sum);
  return 0;
}
