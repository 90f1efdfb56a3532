// EXPECT: none
// Reads private passwd and group files with fgetpwent_r/fgetgrent_r,
// growing the buffer on ERANGE (starting deliberately tiny), plus the
// non-reentrant fgetpwent/fgetgrent and getgrnam.
#define _GNU_SOURCE
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  FILE *f = fopen("pw.test", "w");
  fprintf(f, "svc:x:990:990:Service account for the nightly %s builder:/var/lib/svc:/bin/false\n",
          argv[2]);
  fprintf(f, "ops:x:991:991::/home/ops:/bin/sh\n");
  fclose(f);
  f = fopen("gr.test", "w");
  fprintf(f, "builders:x:2001:alice,bob,carol,%s\n", argv[2]);
  fclose(f);
  size_t len = 8;
  char *buf = malloc(len);
  struct passwd pw, *pres = NULL;
  FILE *pf = fopen("pw.test", "r");
  int rc;
  while ((rc = fgetpwent_r(pf, &pw, buf, len, &pres)) == ERANGE) {
    len *= 2;
    buf = realloc(buf, len);
    rewind(pf);
  }
  int uid = pres ? (int)pres->pw_uid : -1;
  struct passwd *second = fgetpwent(pf);
  fclose(pf);
  struct group gr, *gres = NULL;
  FILE *gf = fopen("gr.test", "r");
  while ((rc = fgetgrent_r(gf, &gr, buf, len, &gres)) == ERANGE) {
    len *= 2;
    buf = realloc(buf, len);
    rewind(gf);
  }
  int members = 0;
  for (char **m = gres ? gres->gr_mem : NULL; m && *m; m++)
    members++;
  rewind(gf);
  struct group *g2 = fgetgrent(gf);
  fclose(gf);
  struct group *root = getgrnam("root");
  printf("%d %s %d %s %d %d\n", uid, second ? second->pw_name : "-", members,
         g2 ? g2->gr_name : "-", root ? (int)root->gr_gid : -1, len >= 8 && argc);
  free(buf);
  return 0;
}
