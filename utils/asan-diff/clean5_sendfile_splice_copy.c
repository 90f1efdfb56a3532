// EXPECT: none
// sendfile with an offset on the stack and with none (the file position),
// splice from a file into a pipe and from the pipe into a file with
// offsets on the heap and null offsets, copy_file_range with and without
// offsets; each falls back to read/write when the kernel refuses (a
// container); the copies are compared with the source.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/sendfile.h>
#include <unistd.h>

static void fallback(int in, off_t *off, int out, size_t len) {
  char buf[512];
  while (len) {
    size_t want = len < sizeof buf ? len : sizeof buf;
    ssize_t r = off ? pread(in, buf, want, *off) : read(in, buf, want);
    if (r <= 0)
      break;
    write(out, buf, (size_t)r);
    if (off)
      *off += r;
    len -= (size_t)r;
  }
}

static unsigned long sum_file(const char *path) {
  int fd = open(path, O_RDONLY);
  char buf[256];
  ssize_t r;
  unsigned long s = 0;
  while ((r = read(fd, buf, sizeof buf)) > 0)
    for (ssize_t i = 0; i < r; ++i)
      s = s * 31 + (unsigned char)buf[i];
  close(fd);
  return s;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  int src = open("src.bin", O_RDWR | O_CREAT | O_TRUNC, 0644);
  for (int i = 0; i < n * 200; ++i)
    write(src, alpha + i % 26, (size_t)(26 - i % 26));
  off_t size = lseek(src, 0, SEEK_END);
  // sendfile: the first half with an offset, the rest from the position.
  int d1 = open("d1.bin", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  off_t off = 0;
  ssize_t s = sendfile(d1, src, &off, (size_t)(size / 2));
  if (s < 0)
    fallback(src, &off, d1, (size_t)(size / 2));
  lseek(src, off, SEEK_SET);
  while (off < size) {
    s = sendfile(d1, src, NULL, (size_t)(size - off));
    if (s <= 0) {
      fallback(src, NULL, d1, (size_t)(size - off));
      break;
    }
    off += s;
  }
  close(d1);
  // splice through a pipe in 1000-byte steps.
  int p[2];
  pipe(p);
  int d2 = open("d2.bin", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  loff_t *in_off = malloc(sizeof *in_off), *out_off = malloc(sizeof *out_off);
  *in_off = 0;
  *out_off = 0;
  while (*in_off < size) {
    size_t step = (size_t)(size - *in_off) < 1000 ? (size_t)(size - *in_off) : 1000;
    ssize_t a = splice(src, in_off, p[1], NULL, step, 0);
    if (a <= 0) {
      off_t o = (off_t)*in_off;
      lseek(d2, (off_t)*out_off, SEEK_SET);
      fallback(src, &o, d2, (size_t)(size - o));
      break;
    }
    ssize_t b = splice(p[0], NULL, d2, out_off, (size_t)a, 0);
    if (b != a)
      return 2;
  }
  close(d2);
  close(p[0]);
  close(p[1]);
  // copy_file_range: first 777 bytes at explicit offsets, then the rest
  // from the descriptors' positions.
  int d3 = open("d3.bin", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  loff_t ci = 0, co = 0;
  ssize_t c = copy_file_range(src, &ci, d3, &co, 777, 0);
  if (c != 777) {
    off_t o = 0;
    lseek(d3, 0, SEEK_SET);
    fallback(src, &o, d3, (size_t)size);
  } else {
    lseek(src, 777, SEEK_SET);
    lseek(d3, 777, SEEK_SET);
    ssize_t rest;
    while ((rest = copy_file_range(src, NULL, d3, NULL, (size_t)size, 0)) > 0)
      ;
  }
  close(d3);
  close(src);
  free(in_off);
  free(out_off);
  unsigned long base = sum_file("src.bin");
  printf("size %lld same %d %d %d\n", (long long)size, sum_file("d1.bin") == base,
         sum_file("d2.bin") == base, sum_file("d3.bin") == base);
  return 0;
}
