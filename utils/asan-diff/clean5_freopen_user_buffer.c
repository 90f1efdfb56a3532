// EXPECT: none
// freopen of a stream that had a program buffer: glibc closes the old file
// and drops the buffer (the new file gets glibc's own), so the old buffer
// is freed right after freopen; then a new setvbuf buffer for the reopened
// stream, freed after fclose. Also freopen(NULL, mode) changing the mode of
// the same file, and stdout written before and after a setvbuf round trip.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  FILE *f = fopen("first.txt", "w");
  char *b1 = malloc(64);
  if (!f || setvbuf(f, b1, _IOFBF, 64))
    return 1;
  for (int i = 0; i < n; ++i)
    fprintf(f, "first %d %s\n", i, alpha + i);
  f = freopen("second.txt", "w+", f);
  if (!f)
    return 2;
  free(b1); // first.txt was flushed and closed; the stream dropped b1
  char *b2 = malloc(100);
  setvbuf(f, b2, _IOLBF, 100);
  for (int i = 0; i < n * 3; ++i)
    fprintf(f, "second %d %.3s\n", i, alpha + i % 20);
  fflush(f);
  rewind(f);
  char line[64];
  unsigned long sum = 0;
  int lines = 0;
  while (fgets(line, sizeof line, f)) {
    ++lines;
    sum += strlen(line) * (unsigned)lines;
  }
  // Reopen the same file read-only, by the same stream.
  f = freopen(NULL, "r", f);
  if (!f)
    return 3;
  free(b2); // freopen flushed and closed; b2 no longer used
  int c, chars = 0;
  while ((c = fgetc(f)) != EOF)
    chars += c != '\n';
  fclose(f);
  FILE *g = fopen("first.txt", "r");
  int first = 0;
  while (fgets(line, sizeof line, g))
    ++first;
  fclose(g);
  printf("first %d second %d chars %d sum %lu\n", first, lines, chars, sum);
  return 0;
}
