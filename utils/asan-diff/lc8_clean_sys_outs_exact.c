// EXPECT: none
// System calls filling structures of exactly their size: getgroups into count*sizeof(gid_t), sigpending into a heap sigset_t, waitid into a heap siginfo_t, getentropy of the buffer's size, confstr sized by a first call, readdir_r with offsetof(d_name) + NAME_MAX + 1, select with a full fd_set, pthread_attr_getstacksize into size_t, lstat into a heap struct stat, uname.
#define _GNU_SOURCE
#include <dirent.h>
#include <pthread.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
int main(int argc, char **argv) {
  int ng = getgroups(0, NULL);
  gid_t *gl = malloc((ng > 0 ? ng : 1) * sizeof *gl);
  int got = getgroups(ng, gl);
  sigset_t *pend = malloc(sizeof *pend);
  int sp = sigpending(pend);
  pid_t pid = fork();
  if (pid == 0)
    _exit(atoi(argv[1]));
  siginfo_t *si = malloc(sizeof *si);
  int wi = waitid(P_PID, pid, si, WEXITED);
  unsigned char key[16];
  int ge = getentropy(key, sizeof key);
  size_t need = confstr(_CS_PATH, NULL, 0);
  char *path = malloc(need);
  confstr(_CS_PATH, path, need);
  DIR *d = opendir("/etc");
  int ents = 0;
  if (d) {
    struct dirent *ent = malloc(offsetof(struct dirent, d_name) + NAME_MAX + 1);
    struct dirent *res = NULL;
    while (readdir_r(d, ent, &res) == 0 && res)
      ents++;
    free(ent);
    closedir(d);
  }
  fd_set rd;
  FD_ZERO(&rd);
  FD_SET(0, &rd);
  struct timeval tv = {0, 0};
  int se = select(1, &rd, NULL, NULL, &tv);
  pthread_attr_t attr;
  pthread_getattr_np(pthread_self(), &attr);
  size_t ss = 0;
  pthread_attr_getstacksize(&attr, &ss);
  pthread_attr_destroy(&attr);
  struct stat *st = malloc(sizeof *st);
  int ls = lstat("/etc/passwd", st);
  struct utsname u;
  int un = uname(&u);
  printf("%d %d %d %d %d %d %s %d %d %d %d %d %s\n", got, sp, wi, si->si_status, ge, key[0] >= 0, path, ents > 0,
         se >= 0, ss > 0, ls, un, u.sysname);
  free(st);
  free(path);
  free(si);
  free(pend);
  free(gl);
  return 0;
}
