// EXPECT: none
// setvbuf with a static buffer (_IOFBF) on a file written and read back with
// every byte-, line- and block-oriented stdio call: fprintf, fputs, fputc,
// putc, fwrite, fflush, fseek, ftell, rewind, fgets, fgetc, getc, ungetc,
// fread, feof, ferror, clearerr, fileno. The buffer outlives the stream.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char wbuf[777];
static char rbuf[BUFSIZ];

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  FILE *f = fopen("static.txt", "w+");
  if (!f || setvbuf(f, wbuf, _IOFBF, sizeof wbuf) != 0)
    return 1;
  for (int i = 0; i < n * 20; ++i) {
    fprintf(f, "%04d:%s:", i, alpha + (i % 26));
    fputs("line", f);
    fputc('#', f);
    putc('0' + i % 10, f);
    fwrite(alpha, 1, (size_t)(i % 7), f);
    fputc('\n', f);
    if (i % 37 == 0)
      fflush(f);
  }
  long end = ftell(f);
  fseek(f, 0, SEEK_SET);
  unsigned long sum = 0;
  char line[256];
  int lines = 0;
  while (fgets(line, sizeof line, f)) {
    ++lines;
    for (char *p = line; *p; ++p)
      sum = sum * 31 + (unsigned char)*p;
  }
  if (!feof(f) || ferror(f))
    return 2;
  clearerr(f);
  rewind(f);
  int c, count = 0;
  while ((c = fgetc(f)) != EOF) {
    if (c == '#') {
      int d = getc(f);
      ungetc(d, f);
      d = getc(f);
      sum += (unsigned)d;
    }
    ++count;
  }
  fseek(f, end / 2, SEEK_SET);
  char block[300];
  size_t got = fread(block, 1, sizeof block, f);
  for (size_t i = 0; i < got; ++i)
    sum ^= (unsigned long)block[i] << (i % 13);
  printf("fd ok %d, end %ld lines %d chars %d got %zu sum %lu\n",
         fileno(f) > 2, end, lines, count, got, sum);
  fclose(f);
  // The read-only stream with setbuf's BUFSIZ buffer.
  FILE *r = fopen("long.txt", "r");
  if (!r)
    return 3;
  setbuf(r, rbuf);
  while (fgets(line, 16, r))
    printf("[%s]", strchr(line, '\n') ? "eol" : "part");
  printf("\n");
  fclose(r);
  return 0;
}
