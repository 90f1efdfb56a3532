// EXPECT: heap-use-after-free
// Writes a login record to a private utmpx file. The record builder frees
// its scratch entry on the "already logged" path and the caller still
// passes the freed entry to pututxline.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <utmpx.h>

static struct utmpx *build(const char *user, int already) {
  struct utmpx *ut = calloc(1, sizeof *ut);
  ut->ut_type = USER_PROCESS;
  ut->ut_pid = getpid();
  strncpy(ut->ut_user, user, sizeof ut->ut_user);
  strncpy(ut->ut_line, "pts/9", sizeof ut->ut_line);
  strncpy(ut->ut_id, "ts9", sizeof ut->ut_id);
  if (already)
    free(ut); // the caller is supposed to skip the write now
  return ut;
}

int main(int argc, char **argv) {
  FILE *f = fopen("utmp.test", "w");
  fclose(f);
  utmpxname("utmp.test");
  setutxent();
  struct utmpx *ut = build(argv[2], argc > 2);
  struct utmpx *res = pututxline(ut); // BUG
  endutxent();
  printf("%d\n", res != NULL);
  return 0;
}
