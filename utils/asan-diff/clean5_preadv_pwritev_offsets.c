// EXPECT: none
// pwritev and preadv at explicit offsets of a file (vectors on the stack
// and the heap, buffers of sizes from argv), preadv2/pwritev2 with flags 0
// and with offset -1 (the file position), a read past the end returning
// fewer bytes than asked; the buffers compared with pread's view.
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  int fd = open("vec.bin", O_RDWR | O_CREAT | O_TRUNC, 0644);
  if (fd < 0)
    return 1;
  size_t chunk = (size_t)n * 7;
  int parts = 6;
  struct iovec *iov = calloc((size_t)parts, sizeof *iov);
  for (int i = 0; i < parts; ++i) {
    iov[i].iov_len = chunk + (size_t)i;
    iov[i].iov_base = malloc(iov[i].iov_len);
    for (size_t k = 0; k < iov[i].iov_len; ++k)
      ((char *)iov[i].iov_base)[k] = alpha[(k + (size_t)i) % 26];
  }
  unsigned long sum = 0;
  off_t off = 0;
  for (int round = 0; round < n; ++round) {
    ssize_t w = pwritev(fd, iov, parts, off);
    if (w < 0)
      return 2;
    off += w;
  }
  struct iovec tail[2];
  char t1[5] = "tail", t2[3] = {'!', '!', '\n'};
  tail[0] = (struct iovec){t1, 4};
  tail[1] = (struct iovec){t2, 3};
  lseek(fd, 0, SEEK_END);
  ssize_t t = pwritev2(fd, tail, 2, -1, 0); // at the file position
  off += t;
  // Read back at offsets into differently cut buffers.
  char a[13], b[29], c[101];
  struct iovec in[3] = {{a, sizeof a}, {b, sizeof b}, {c, sizeof c}};
  for (off_t at = 0; at < off; at += 97) {
    ssize_t r = preadv(fd, in, 3, at);
    char check[143];
    ssize_t r2 = pread(fd, check, sizeof check, at);
    if (r != r2)
      return 3;
    char *bufs[3] = {a, b, c};
    size_t lens[3] = {sizeof a, sizeof b, sizeof c}, k = (size_t)r, pos = 0;
    for (int j = 0; j < 3 && k; ++j) {
      size_t take = k < lens[j] ? k : lens[j];
      if (memcmp(bufs[j], check + pos, take))
        return 4;
      pos += take;
      k -= take;
    }
    sum = sum * 7 + (unsigned long)r + (unsigned char)a[0];
  }
  ssize_t r = preadv2(fd, in, 3, off - 5, 0); // only 5 bytes left
  sum += (unsigned long)r * 1000 + (unsigned char)a[4];
  for (int i = 0; i < parts; ++i)
    free(iov[i].iov_base);
  free(iov);
  close(fd);
  printf("size %lld sum %lu\n", (long long)off, sum);
  return 0;
}
