// EXPECT: none
// regcomp/regexec with a match array of exactly re_nsub + 1 entries, and
// regerror sized by a first call with no buffer; a stream given a heap
// buffer with setbuffer of its true size and closed before the buffer is
// freed; fmemopen over an exact-size array; getdelim and fgetws reading
// the test file to its end.
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

int main(int argc, char **argv) {
  regex_t re;
  int rc = regcomp(&re, "([A-Z]+)-([0-9]+)", REG_EXTENDED);
  size_t nm = re.re_nsub + 1;
  regmatch_t *m = malloc(nm * sizeof *m);
  char subject[40];
  snprintf(subject, sizeof subject, "id ABC-%s end", argv[1]);
  int hit = regexec(&re, subject, nm, m, 0) == 0;
  regex_t bad;
  int brc = regcomp(&bad, "a{1", REG_EXTENDED);
  size_t elen = regerror(brc, &bad, NULL, 0);
  char *emsg = malloc(elen);
  regerror(brc, &bad, emsg, elen);
  if (brc == 0)
    regfree(&bad);
  regfree(&re);

  FILE *f = fopen("buffered.out", "w");
  size_t bsz = 256;
  char *buf = malloc(bsz);
  setbuffer(f, buf, bsz);
  for (int i = 0; i < 40; i++)
    fprintf(f, "%d:%s\n", i, argv[2]);
  fclose(f);
  free(buf);

  char area[32];
  FILE *mf = fmemopen(area, sizeof area, "w+");
  fputs("0123456789", mf);
  rewind(mf);
  char back[11];
  size_t rd = fread(back, 1, 10, mf);
  fclose(mf);

  FILE *in = fopen("long.txt", "r");
  char *line = NULL;
  size_t cap = 0;
  ssize_t total = 0, k;
  while ((k = getdelim(&line, &cap, '\n', in)) > 0)
    total += k;
  fclose(in);
  in = fopen("long.txt", "r"); // fresh, wide-oriented
  wchar_t wl[8];
  size_t wparts = 0;
  while (fgetws(wl, 8, in))
    wparts++;
  fclose(in);
  free(line);
  printf("%d %d %lld-%lld %d %zu %zu %zd %zu\n", rc, hit, (long long)m[1].rm_so,
         (long long)m[2].rm_eo, elen > 1 && strlen(emsg) + 1 == elen, rd,
         (size_t)sizeof back, total, wparts);
  free(emsg);
  free(m);
  return 0;
}
