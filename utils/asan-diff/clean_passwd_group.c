// EXPECT: none
// getpwnam_r/getpwuid_r/getgrnam_r/getgrgid_r with exact-size scratch buffers found by retrying on ERANGE, getpwuid/getgrgid, a missing user.
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
int main(int argc, char **argv) {
  struct passwd pw, *pres = 0;
  size_t len = 1;
  char *buf = malloc(len);
  int e;
  while ((e = getpwnam_r("root", &pw, buf, len, &pres)) == ERANGE) { free(buf); buf = malloc(++len); }
  size_t tot = pres ? strlen(pres->pw_name) + strlen(pres->pw_dir) + strlen(pres->pw_shell) : 0;
  struct passwd pw2, *pres2 = 0;
  char *buf2 = malloc(len);                       /* the size that just fit */
  getpwuid_r(0, &pw2, buf2, len, &pres2);
  struct passwd pw3, *pres3 = (struct passwd *)1;
  char small[16];
  int e3 = getpwnam_r("no_such_user_memscope", &pw3, small, sizeof small, &pres3);
  struct group gr, *gres = 0;
  size_t glen = 1;
  char *gbuf = malloc(glen);
  while (getgrnam_r("root", &gr, gbuf, glen, &gres) == ERANGE) { free(gbuf); gbuf = malloc(++glen); }
  size_t mem = 0;
  if (gres) for (char **m = gres->gr_mem; *m; m++) mem++;
  struct group gr2, *gres2 = 0;
  char *gbuf2 = malloc(glen);
  getgrgid_r(0, &gr2, gbuf2, glen, &gres2);
  struct passwd *p = getpwuid(getuid());
  struct group *g = getgrgid(getgid());
  struct passwd *pn = getpwnam("root");
  printf("%d %zu %zu %s %d %d %zu %zu %s %s %s %s %d\n", e, len, tot, pres2 ? pres2->pw_name : "-", e3, pres3 == 0, glen, mem,
         gres2 ? gres2->gr_name : "-", p ? p->pw_name : "-", g ? g->gr_name : "-", pn ? pn->pw_dir : "-", argc);
  free(buf); free(buf2); free(gbuf); free(gbuf2);
  return 0;
}
