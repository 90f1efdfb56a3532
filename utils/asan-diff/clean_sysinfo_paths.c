// EXPECT: none
// strptime, uname, sysinfo, statvfs/fstatvfs, getcwd into a buffer exactly strlen + 1 (and NULL, 0), realpath(NULL), readlink exact, gethostname exact.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/statvfs.h>
#include <sys/sysinfo.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>
int main(int argc, char **argv) {
  struct tm tm;
  memset(&tm, 0, sizeof tm);
  char *when = malloc(20);
  memcpy(when, "2021-03-04 05:06:07", 20);      /* ends at the block's end */
  char *end = strptime(when, "%Y-%m-%d %H:%M:%S", &tm);
  struct tm tm2;
  memset(&tm2, 0, sizeof tm2);
  char *end2 = strptime("Mon xyz", "%a %d", &tm2); /* fails: NULL */
  struct utsname *u = malloc(sizeof *u);
  uname(u);
  struct sysinfo si;
  sysinfo(&si);
  struct statvfs sv, fsv;
  statvfs(".", &sv);
  int fd = open("long.txt", O_RDONLY);
  fstatvfs(fd, &fsv);
  close(fd);
  char *dyn = getcwd(NULL, 0);                  /* malloc'd, exactly sized by libc */
  size_t need = strlen(dyn) + 1;
  char *exact = malloc(need);
  char *got = getcwd(exact, need);
  char *tooshort = malloc(need - 1);
  char *fail = getcwd(tooshort, need - 1);      /* ERANGE */
  int e = errno;
  char *rp = realpath("long.txt", NULL);
  char *rp2 = realpath(".", NULL);
  char *lk = malloc(need);
  ssize_t ln = readlink("/proc/self/cwd", lk, need - 1); /* the whole target, no terminator */
  char host[HOST_NAME_MAX + 1];
  gethostname(host, sizeof host);
  size_t hl = strlen(host) + 1;
  char *hexact = malloc(hl);
  int hr = gethostname(hexact, hl);
  long pages = sysconf(_SC_PAGESIZE);
  char *cs = malloc(64);
  size_t csn = confstr(_CS_PATH, cs, 64);
  char *home = secure_getenv("PATH");
  printf("%d %d %d %d %s %d %d %d %d %d %d %d %zd %d %s %d %zu %d %d\n", end == when + 19, tm.tm_year, tm.tm_sec, end2 == 0,
         u->sysname, si.mem_unit > 0, sv.f_bsize > 0, fsv.f_bsize > 0, got == exact, fail == 0, e == ERANGE,
         rp != 0 && rp2 != 0, ln, memcmp(lk, dyn, need - 1), hexact, hr, csn, pages > 0, home != 0 || argc);
  free(when); free(u); free(dyn); free(exact); free(tooshort); free(rp); free(rp2); free(lk); free(hexact); free(cs);
  return 0;
}
