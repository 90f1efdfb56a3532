// EXPECT: none
// inet_addr, gcvt exact fit, getgrouplist sized by a first call, random_r with the smallest state, drand48_r, ctermid/cuserid, fnmatch, prctl names, setxattr.
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <fnmatch.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/xattr.h>
#include <unistd.h>
static char *dup_exact(const char *s) { size_t n = strlen(s) + 1; char *p = malloc(n); memcpy(p, s, n); return p; }
int main(int argc, char **argv) {
  char *ip = dup_exact("127.0.0.1"), *bad = dup_exact("");
  in_addr_t a1 = inet_addr(ip), a2 = inet_addr(bad);
  char *g = malloc(4);                              /* "3.5" and its terminator */
  gcvt(3.5, 2, g);
  char g2[16];
  gcvt(-1234.5678, 6, g2);
  struct passwd *pw = getpwuid(getuid());
  int ng = 0, res0 = -2, res1 = -2;
  if (pw) {
    char *user = dup_exact(pw->pw_name);
    res0 = getgrouplist(user, pw->pw_gid, NULL, &ng); /* room for none: -1, the count */
    gid_t *groups = malloc(ng * sizeof(gid_t));       /* exact */
    res1 = getgrouplist(user, pw->pw_gid, groups, &ng);
    free(groups);
    free(user);
  }
  struct random_data *rd = calloc(1, sizeof *rd);
  char *state = malloc(8);                           /* the smallest state: TYPE_0 */
  initstate_r(42, state, 8, rd);
  int32_t rv, sum = 0;
  for (int i = 0; i < 5; i++) { random_r(rd, &rv); sum ^= rv; }
  struct random_data *rd2 = calloc(1, sizeof *rd2);
  char *state2 = malloc(32);                         /* TYPE_1 */
  initstate_r(7, state2, 32, rd2);
  for (int i = 0; i < 20; i++) { random_r(rd2, &rv); sum ^= rv; }
  struct drand48_data *dd = malloc(sizeof *dd);
  srand48_r(5, dd);
  double dv; long lv;
  drand48_r(dd, &dv);
  lrand48_r(dd, &lv);
  char *term = malloc(L_ctermid);
  ctermid(term);
  char *who = malloc(L_cuserid);
  cuserid(who);
  char *pat = dup_exact("*.t?t"), *name = dup_exact("long.txt"), *empty = dup_exact("");
  int m1 = fnmatch(pat, name, 0), m2 = fnmatch(pat, empty, 0), m3 = fnmatch(empty, empty, 0);
  int m4 = fnmatch("[a-z]*/x", "ab/x", FNM_PATHNAME), m5 = fnmatch("x", name, FNM_CASEFOLD);
  char *tn = dup_exact("exactly15chars_");          /* 15 characters: the longest name */
  prctl(PR_SET_NAME, tn, 0, 0, 0);
  char *shortn = dup_exact("ms");
  prctl(PR_SET_NAME, shortn, 0, 0, 0);
  char *got = malloc(16);
  prctl(PR_GET_NAME, got, 0, 0, 0);
  char *xv = malloc(3);
  memcpy(xv, "xyz", 3);                              /* not a string: Size bytes */
  int xr = setxattr("long.txt", "user.memscope", xv, 3, 0);
  char xg[3];
  ssize_t xn = getxattr("long.txt", "user.memscope", xg, sizeof xg);
  printf("%u %u %s %s %d %d %d %d %g %ld %s %d %d %d %d %d %d %s %d %zd %d\n", a1, a2, g, g2, res0, res1, ng > 0, sum != 0, dv, lv,
         term, who[L_cuserid - 1] == 0, m1, m2, m3, m4, m5, got, xr, xn, argc);
  free(ip); free(bad); free(g); free(rd); free(state); free(rd2); free(state2); free(dd); free(term); free(who);
  free(pat); free(name); free(empty); free(tn); free(shortn); free(got); free(xv);
  return 0;
}
