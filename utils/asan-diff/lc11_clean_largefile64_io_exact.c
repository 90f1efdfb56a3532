// EXPECT: none
// The explicit 64-bit file API used correctly: fopen64/freopen64,
// stat64/lstat64/statfs64/fstatfs64/statvfs64/fstatvfs64, pread64,
// pwrite64, preadv64 and pwritev64 with lengths matching the buffers.
#define _LARGEFILE64_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <sys/uio.h>
#include <unistd.h>

int main(int argc, char **argv) {
  struct stat64 st, lst;
  struct statfs64 fs, ffs;
  struct statvfs64 vfs, fvfs;
  stat64("long.txt", &st);
  lstat64("long.txt", &lst);
  statfs64(".", &fs);
  statvfs64(".", &vfs);
  int fd = open("data64.bin", O_CREAT | O_RDWR | O_TRUNC, 0644);
  fstatfs64(fd, &ffs);
  fstatvfs64(fd, &fvfs);
  char out[32];
  snprintf(out, sizeof out, "%s", argv[2]);
  pwrite64(fd, out, strlen(out), 0);
  char *tail = malloc(8);
  memcpy(tail, "--tail--", 8);
  struct iovec wv[2] = {{out, 4}, {tail, 8}};
  pwritev64(fd, wv, 2, 32);
  char a[4], *b = malloc(8), head[10];
  struct iovec rv[2] = {{a, sizeof a}, {b, 8}};
  ssize_t n = preadv64(fd, rv, 2, 32);
  ssize_t m = pread64(fd, head, sizeof head, 0);
  close(fd);
  FILE *f = fopen64("long.txt", "r");
  f = freopen64("data64.bin", "rb", f);
  int c = fgetc(f);
  fclose(f);
  unlink("data64.bin");
  printf("%d %d %d %zd %zd %c %.4s\n", st.st_size == lst.st_size, fs.f_bsize > 0,
         vfs.f_bsize == fvfs.f_bsize, n, m, c, b);
  free(b);
  free(tail);
  return ffs.f_type == fs.f_type ? 0 : 1;
}
