// EXPECT: none
// Terminal, link and file-system calls into buffers of exactly the size they fill.
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/vfs.h>
#include <termios.h>
#include <unistd.h>
int main(int argc, char **argv) {
  int m = posix_openpt(O_RDWR | O_NOCTTY);
  grantpt(m);
  unlockpt(m);
  char probe[64];
  ptsname_r(m, probe, sizeof probe);
  size_t len = strlen(probe) + 1;
  char *name = malloc(len);
  int r1 = ptsname_r(m, name, len);
  int s = open(name, O_RDWR | O_NOCTTY);
  char *tty = malloc(len);
  int r2 = ttyname_r(s, tty, len);
  struct termios *t = malloc(sizeof *t);
  int r3 = tcgetattr(s, t);
  char term[L_ctermid];
  ctermid(term);
  char target[64];
  ssize_t tl = readlinkat(AT_FDCWD, "/proc/self/exe", target, sizeof target);
  char *exact = malloc(tl > 0 ? tl : 1);
  ssize_t tl2 = readlinkat(AT_FDCWD, "/proc/self/exe", exact, tl > 0 ? tl : 1);
  int fd = open("long.txt", O_RDONLY);
  struct statfs *sf = malloc(sizeof *sf);
  fstatfs(fd, sf);
  struct statvfs sv;
  fstatvfs(fd, &sv);
  struct stat *st = malloc(sizeof *st);
  lstat("long.txt", st);
  char path[5] = "/tmp";
  struct statfs sf2;
  int r4 = statfs(path, &sf2);
  printf("%d %d %d %d %s %d %d %ld %d\n", r1, r2, r3, strcmp(name, tty), term, tl == tl2,
         sf->f_bsize > 0, (long)st->st_size, r4);
  close(fd);
  free(st);
  free(sf);
  free(exact);
  free(t);
  free(tty);
  free(name);
  close(s);
  close(m);
  return 0;
}
