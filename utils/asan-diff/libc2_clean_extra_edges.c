// EXPECT: none
// Calls only memscope checks (ASan does not), each at the exact edge of its buffer.
#define _GNU_SOURCE
#include <fnmatch.h>
#include <libgen.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>
char gswap[26];
int main(int argc, char **argv) {
  time_t t = atoi(argv[1]) * 100000000L;
  struct tm tm;
  gmtime_r(&t, &tm);
  char stamp[20];
  size_t sn = strftime(stamp, sizeof stamp, "%Y-%m-%d %H:%M:%S", &tm);
  char small[4];
  size_t s0 = strftime(small, sizeof small, "%Y-%m-%d", &tm);
  wchar_t wst[11];
  size_t wn = wcsftime(wst, 11, L"%Y-%m-%d", &tm);
  size_t len = strlen(argv[2]);
  char *cp = malloc(len + 1);
  char *end = stpcpy(cp, argv[2]);
  char *fro = malloc(len);
  memcpy(fro, argv[2], len);
  memfrob(fro, len);
  swab(argv[2], gswap, 26);
  int co = strcoll(cp, argv[2]);
  char g[16];
  gcvt(atof(argv[1]) / 3, 6, g);
  wchar_t *sw = malloc(12 * sizeof(wchar_t));
  int swn = swprintf(sw, 12, L"%s-%s", argv[1], "abcdefgh");
  FILE *nul = fopen("/dev/null", "w");
  fputws(sw, nul);
  fclose(nul);
  char *path = strdup("/usr/lib/x");
  char *dn = dirname(path);
  char *p2 = strdup("/usr/lib/y");
  char *bn = basename(p2);
  int fm = fnmatch("A*Z", argv[2], 0);
  wchar_t wc;
  mbstate_t st;
  memset(&st, 0, sizeof st);
  size_t mb = mbrtowc(&wc, argv[2], 1, &st);
  struct sigaction *old = malloc(sizeof *old);
  sigaction(SIGUSR1, 0, old);
  int sv[2];
  socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
  struct stat *fs = malloc(sizeof *fs);
  fstat(sv[0], fs);
  close(sv[0]);
  close(sv[1]);
  char host[256];
  gethostname(host, sizeof host);
  char *sep = strdup(argv[2]);
  char *sp = sep;
  char *tk = strsep(&sp, "Z");
  char *tr = strdup("a,b");
  char *save;
  char *t1 = strtok_r(tr, ",", &save);
  char *t2 = strtok_r(0, ",", &save);
  char *t3 = strtok_r(0, ",", &save);
  char mc[8];
  void *mq = memccpy(mc, argv[2], 'H', 8);
  fprintf(stderr, "%s", "");
  printf("%zu %zu %zu %d %c %d %s %d %s %s %d %zu %d %d %s %s %s %d %d\n", sn, s0, wn, (int)(end - cp), gswap[25], co, g, swn, dn, bn, fm, mb, fs->st_mode != 0, tk != 0, t1, t2, t3 ? t3 : "-", mq != 0, fro[0]);
  free(tr);
  free(sep);
  free(fs);
  free(old);
  free(p2);
  free(path);
  free(sw);
  free(fro);
  free(cp);
  return 0;
}
