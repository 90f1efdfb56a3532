// EXPECT: none
// readv/writev/preadv/pwritev with zero-length and exact-size iovecs and short reads, pread/pwrite at offsets, sendfile and copy_file_range into files in the working directory.
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/sendfile.h>
#include <sys/uio.h>
#include <unistd.h>
int main(int argc, char **argv) {
  int fd = open("io.bin", O_RDWR | O_CREAT | O_TRUNC, 0600);
  char *a = malloc(3), *b = malloc(5);
  memcpy(a, "abc", 3); memcpy(b, "12345", 5);
  struct iovec *w = malloc(3 * sizeof *w);
  w[0] = (struct iovec){a, 3}; w[1] = (struct iovec){NULL, 0}; w[2] = (struct iovec){b, 5};
  ssize_t wn = writev(fd, w, 3);
  ssize_t pw = pwrite(fd, "XY", 2, 1);
  struct iovec pv[2] = {{a, 1}, {b, 2}};
  ssize_t pwv = pwritev(fd, pv, 2, 8);
  char *r1 = malloc(2), *r2 = malloc(7);          /* 2 + 7 > the 11 bytes in the file: a short read */
  struct iovec rv[3] = {{r1, 2}, {r2, 0}, {r2, 7}};
  lseek(fd, 0, SEEK_SET);
  ssize_t rn = readv(fd, rv, 3);
  char *r3 = malloc(4);
  struct iovec prv[1] = {{r3, 4}};
  ssize_t prn = preadv(fd, prv, 1, 9);            /* only 2 bytes left there */
  char pr[5];
  ssize_t p1 = pread(fd, pr, sizeof pr, 3);
  ssize_t p0 = pread(fd, pr, 0, 0);
  ssize_t p2 = pread(fd, pr, sizeof pr, 1000);    /* past the end: 0 */
  int in = open("long.txt", O_RDONLY);
  int out = open("copy.txt", O_WRONLY | O_CREAT | O_TRUNC, 0600);
  off_t off = 2;
  ssize_t sf = sendfile(out, in, &off, 10);
  ssize_t sf2 = sendfile(out, in, NULL, 5);
  loff_t from = 0, to = 15;
  ssize_t cf = copy_file_range(in, &from, out, &to, 7, 0);
  close(out);
  out = open("copy.txt", O_RDONLY);
  char cp[64];
  ssize_t cn = read(out, cp, sizeof cp);
  printf("%zd %zd %zd %zd %.2s%.7s %zd %.2s %zd %.5s %zd %zd %zd %zd %lld %zd %zd %.*s %d\n", wn, pw, pwv, rn, r1, r2, prn, r3, p1, pr,
         p0, p2, sf, sf2, (long long)off, cf, cn, (int)cn, cp, argc);
  close(fd); close(in); close(out);
  unlink("io.bin"); unlink("copy.txt");
  free(a); free(b); free(w); free(r1); free(r2); free(r3);
  return 0;
}
