// EXPECT: none
// glibc's fopen mode extensions: "rm" (the file read through an mmap of it,
// which glibc installs as the stream's buffer), "rme", "w+x" (exclusive
// create, after removing an earlier file), read and written with fgets,
// fread, fgetc, ungetc, fseek, ftell; then a wide stream (fwide) on a file
// written with fputws and read with fgetws. (",ccs=UTF-8" is left out:
// glibc leaks its conversion steps at fclose, and LeakSanitizer says so.)
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  setlocale(LC_ALL, "C.UTF-8");
  remove("mmapped.txt");
  FILE *w = fopen("mmapped.txt", "w+x");
  if (!w)
    return 1;
  for (int i = 0; i < n * 40; ++i)
    fprintf(w, "%d:%s\n", i, alpha + i % 26);
  fclose(w);
  unsigned long sum = 0;
  FILE *m = fopen("mmapped.txt", "rm");
  char line[64];
  int lines = 0;
  while (fgets(line, sizeof line, m)) {
    ++lines;
    sum = sum * 7 + strlen(line);
  }
  fseek(m, 100, SEEK_SET);
  int c = fgetc(m);
  ungetc(c, m);
  sum += (unsigned)fgetc(m) + (unsigned long)ftell(m);
  rewind(m);
  char *all = malloc(5000);
  size_t got = fread(all, 1, 5000, m);
  for (size_t i = 0; i < got; i += 11)
    sum += (unsigned char)all[i];
  free(all);
  fclose(m);
  FILE *me = fopen("long.txt", "rme");
  while (me && (c = getc(me)) != EOF)
    sum += (unsigned)c;
  if (me)
    fclose(me);
  FILE *u = fopen("wide.txt", "w+");
  if (!u || fwide(u, 1) <= 0)
    return 2;
  for (int i = 0; i < n * 5; ++i) {
    fputws(L"\x00e7a va \x2713 ", u);
    fwprintf(u, L"%d\n", i);
  }
  rewind(u);
  wchar_t wl[32];
  int wlines = 0;
  while (fgetws(wl, 32, u)) {
    ++wlines;
    sum += wcslen(wl);
  }
  fclose(u);
  printf("lines %d wlines %d sum %lu\n", lines, wlines, sum);
  return 0;
}
