// EXPECT: none
// File-system calls into the structures they fill: fstatfs into struct
// statfs, statvfs and fstatvfs into struct statvfs, statx into struct
// statx, fstatat, readlinkat into exactly the link's length, getdents64
// over a heap buffer, mkstemps with a suffix, mkdtemp, utimensat and
// futimens with two timespecs; an aio_read into an exact buffer waited for
// with aio_suspend, then aio_error and aio_return.
#define _GNU_SOURCE
#include <aio.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/vfs.h>
#include <unistd.h>

int main(int argc, char **argv) {
  int dfd = open(".", O_RDONLY | O_DIRECTORY);
  struct statfs *sf = malloc(sizeof *sf);
  int r1 = fstatfs(dfd, sf);
  struct statvfs sv, fsv;
  int r2 = statvfs(".", &sv);
  int r3 = fstatvfs(dfd, &fsv);
  struct statx *sx = malloc(sizeof *sx);
  int r4 = statx(dfd, "long.txt", 0, STATX_SIZE, sx);
  struct stat st;
  int r5 = fstatat(dfd, "long.txt", &st, 0);
  symlinkat("long.txt", dfd, "link.txt");
  size_t want = strlen("long.txt");
  char *target = malloc(want);
  ssize_t rl = readlinkat(dfd, "link.txt", target, want);
  unlinkat(dfd, "link.txt", 0);
  char *dents = malloc(1024);
  ssize_t dn = getdents64(dfd, dents, 1024);
  char tmpl[] = "dataXXXXXX.tmp";
  int tfd = mkstemps(tmpl, 4);
  char dtmpl[] = "dirXXXXXX";
  char *dir = mkdtemp(dtmpl);
  struct timespec times[2] = {{0, UTIME_NOW}, {0, UTIME_OMIT}};
  int r6 = utimensat(dfd, "long.txt", times, 0);
  int r7 = tfd >= 0 ? futimens(tfd, times) : -1;

  int fd = open("long.txt", O_RDONLY);
  size_t len = (size_t)atoi(argv[1]) * 2;
  char *buf = malloc(len);
  struct aiocb *cb = calloc(1, sizeof *cb);
  cb->aio_fildes = fd;
  cb->aio_buf = buf;
  cb->aio_nbytes = len;
  cb->aio_offset = 0;
  ssize_t got = -1;
  if (aio_read(cb) == 0) {
    const struct aiocb *list[1] = {cb};
    while (aio_error(cb) == EINPROGRESS)
      aio_suspend(list, 1, NULL);
    got = aio_return(cb);
  }
  printf("%d %d %d %d %d %zd %.8s %d %d %d %d %d %zd\n", r1, r2, r3, r4, r5,
         rl, target, dn > 0, tfd >= 0, dir != NULL, r6, r7, got);
  if (tfd >= 0) {
    close(tfd);
    unlink(tmpl);
  }
  if (dir)
    rmdir(dir);
  close(fd);
  close(dfd);
  free(cb);
  free(buf);
  free(dents);
  free(target);
  free(sx);
  free(sf);
  return 0;
}
