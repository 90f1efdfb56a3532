// EXPECT: none
// Streams over descriptors: open() then fdopen, fileno, dup of the
// descriptor and a second fdopen with its own heap buffer, writes through
// both (each flushed before the other writes), pread checks of the file
// through the raw descriptor, fclose of both, and a read stream over a
// pipe given a stack buffer in main.
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  int fd = open("fd.txt", O_RDWR | O_CREAT | O_TRUNC | O_APPEND, 0644);
  if (fd < 0)
    return 1;
  FILE *a = fdopen(fd, "a+");
  FILE *b = fdopen(dup(fileno(a)), "a");
  char *bbuf = malloc(37);
  setvbuf(b, bbuf, _IOFBF, 37);
  for (int i = 0; i < n * 4; ++i) {
    fprintf(a, "a%d:%c\n", i, alpha[i % 26]);
    fflush(a);
    fprintf(b, "b%d:%s\n", i, alpha + 20);
    fflush(b);
  }
  fclose(b);
  free(bbuf);
  char raw[32];
  ssize_t got = pread(fileno(a), raw, sizeof raw - 1, 0);
  raw[got > 0 ? got : 0] = 0;
  rewind(a);
  unsigned long sum = 0;
  int ch, lines = 0;
  while ((ch = fgetc(a)) != EOF) {
    sum = sum * 7 + (unsigned)ch;
    lines += ch == '\n';
  }
  fclose(a);

  int p[2];
  if (pipe(p))
    return 2;
  char pbuf[50];
  FILE *w = fdopen(p[1], "w");
  FILE *r = fdopen(p[0], "r");
  setvbuf(r, pbuf, _IOFBF, sizeof pbuf);
  for (int i = 0; i < n * 10; ++i)
    fprintf(w, "%d ", i * i);
  fclose(w);
  long total = 0, v;
  while (fscanf(r, "%ld", &v) == 1)
    total += v;
  fclose(r);
  printf("lines %d sum %lu first '%.4s' total %ld\n", lines, sum, raw, total);
  return 0;
}
