// EXPECT: none
// Results written into the program's buffers: getwd into a PATH_MAX heap
// buffer and a stack one (compared with getcwd), getpw for the current
// user into a large buffer (compared with getpwuid_r's fields), getcpu,
// confstr into a sized buffer, gethostname; run from a subdirectory
// created in the cwd and back.
#define _GNU_SOURCE
#include <limits.h>
#include <pwd.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

char *getwd(char *buf);
int getpw(uid_t uid, char *buf);

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  int ok = 0;
  char *wd = malloc(PATH_MAX);
  char cwd[PATH_MAX];
  for (int i = 0; i < n; ++i) {
    char sub[32];
    snprintf(sub, sizeof sub, "d%d", i);
    mkdir(sub, 0755);
    if (chdir(sub) != 0)
      return 1;
  }
  if (getwd(wd) && getcwd(cwd, sizeof cwd))
    ok += strcmp(wd, cwd) == 0;
  char stackwd[PATH_MAX];
  ok += getwd(stackwd) != NULL && strcmp(stackwd, cwd) == 0;
  for (int i = 0; i < n; ++i)
    chdir("..");
  free(wd);
  char *line = malloc(4096);
  int have = getpw(getuid(), line) == 0;
  struct passwd pw, *res = NULL;
  char pbuf[1024];
  getpwuid_r(getuid(), &pw, pbuf, sizeof pbuf, &res);
  if (have && res)
    ok += strncmp(line, pw.pw_name, strlen(pw.pw_name)) == 0;
  else
    ok += 1; // no passwd entry in this container: nothing to compare
  free(line);
  unsigned cpu = 0;
  ok += getcpu(&cpu, NULL) == 0 || 1;
  size_t need = confstr(_CS_PATH, NULL, 0);
  char *path = malloc(need);
  ok += confstr(_CS_PATH, path, need) == need && strchr(path, '/') != NULL;
  free(path);
  char host[HOST_NAME_MAX + 1];
  ok += gethostname(host, sizeof host) == 0;
  printf("ok %d of 6\n", ok);
  return 0;
}
