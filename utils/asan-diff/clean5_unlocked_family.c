// EXPECT: none
// The _unlocked stdio family under flockfile: fputs_unlocked,
// fwrite_unlocked, fputc_unlocked, putc_unlocked, fflush_unlocked,
// fgets_unlocked, fread_unlocked, fgetc_unlocked, getc_unlocked,
// feof_unlocked, ferror_unlocked, clearerr_unlocked, fileno_unlocked, on a
// stream with a stack buffer of main, and putchar_unlocked on stdout.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  char buf[97];
  FILE *f = fopen("unlocked.txt", "w+");
  if (!f)
    return 1;
  setvbuf(f, buf, _IOFBF, sizeof buf);
  flockfile(f);
  for (int i = 0; i < n * 20; ++i) {
    fputs_unlocked(alpha + i % 26, f);
    fputc_unlocked(':', f);
    putc_unlocked('0' + i % 10, f);
    fwrite_unlocked(alpha, 1, (size_t)(i % 5), f);
    fputc_unlocked('\n', f);
    if (i % 23 == 0)
      fflush_unlocked(f);
  }
  fflush_unlocked(f);
  int fd = fileno_unlocked(f);
  rewind(f);
  unsigned long sum = 0;
  char line[64];
  int lines = 0;
  while (fgets_unlocked(line, sizeof line, f)) {
    ++lines;
    sum = sum * 3 + strlen(line);
  }
  int eof = feof_unlocked(f) != 0, err = ferror_unlocked(f) != 0;
  clearerr_unlocked(f);
  rewind(f);
  char block[40];
  size_t got, total = 0;
  while ((got = fread_unlocked(block, 1, sizeof block, f)) > 0)
    total += got;
  rewind(f);
  int c, colons = 0;
  while ((c = getc_unlocked(f)) != EOF) {
    colons += c == ':';
    if (c == '\n' && (c = fgetc_unlocked(f)) != EOF)
      sum += (unsigned)c;
  }
  funlockfile(f);
  fclose(f);
  flockfile(stdout);
  for (int i = 0; i < 10; ++i)
    putchar_unlocked('a' + i);
  putchar_unlocked('\n');
  funlockfile(stdout);
  printf("fd %d lines %d eof %d err %d total %zu colons %d sum %lu\n", fd > 2,
         lines, eof, err, total, colons, sum);
  return 0;
}
