// EXPECT: none
// Calls memscope checks with its own interceptors, at exact sizes: select over one-word fd sets, mbrtowc/mbtowc/mblen with a limit past a short string's end, memccpy stopping early, stpncpy filling exactly, strsep, basename/dirname, strverscmp, gcvt, ecvt_r, fgetws.
#define _GNU_SOURCE
#include <libgen.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <unistd.h>
#include <wchar.h>
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  setlocale(LC_ALL, "C.UTF-8");
  int p[2];
  pipe(p);
  write(p[1], argv[2], n);
  fd_set *rs = malloc(sizeof(unsigned long));
  memset(rs, 0, sizeof(unsigned long));
  FD_SET(p[0], rs);
  struct timeval tv = {0, 0};
  int sr = select(p[0] + 1, rs, NULL, NULL, &tv);
  char one[2] = {argv[2][0], 0};
  mbstate_t st;
  memset(&st, 0, sizeof st);
  wchar_t wc = 0, wc2 = 0;
  size_t m1 = mbrtowc(&wc, one, MB_CUR_MAX, &st);
  int m2 = mbtowc(&wc2, one, MB_CUR_MAX);
  int m3 = mblen(one, MB_CUR_MAX);
  char dst[6];
  void *cc = memccpy(dst, argv[2], 'C', sizeof dst);
  char pad[8];
  char *sp = stpncpy(pad, "AB", sizeof pad);
  char toks[] = "a,b";
  char *tp = toks;
  char *t1 = strsep(&tp, ",");
  char *t2 = strsep(&tp, ",");
  char path1[] = "/usr/lib/x.so", path2[] = "/usr/lib/x.so";
  char *bn = basename(path1);
  char *dn = dirname(path2);
  int vc = strverscmp("a10", "a9");
  char gb[32];
  gcvt(n * 1.5, 6, gb);
  char eb[16];
  int dec, neg;
  int ee = ecvt_r(n * 1.5, 4, &dec, &neg, eb, sizeof eb);
  FILE *f = fopen("long.txt", "r");
  wchar_t wl[8];
  wchar_t *wr = f ? fgetws(wl, 8, f) : 0;
  if (f)
    fclose(f);
  printf("%d %zu %d %d %d %d %d %s %s %s %s %d %s %d %s %ls\n", sr, m1, m2, m3, (int)wc, cc != 0,
         (int)(sp - pad), t1, t2, bn, dn, vc > 0, gb, ee, eb, wr ? wl : L"-");
  close(p[0]);
  close(p[1]);
  free(rs);
  return 0;
}
