// EXPECT: heap-buffer-overflow
// FLAGS: -D_FORTIFY_SOURCE=2
// Reads a file in chunks with read(2) into a heap buffer; the loop keeps
// asking for a full chunk at the current offset rather than the room left,
// so the second read writes past the end of the block.
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

__attribute__((noinline)) static size_t slurp(int fd, char *buf, size_t cap,
                                              size_t chunk) {
  size_t off = 0;
  ssize_t r;
  while (off < cap && (r = read(fd, buf + off, chunk)) > 0) // BUG
    off += (size_t)r;
  return off;
}

int main(int argc, char **argv) {
  int fd = open("long.txt", O_RDONLY);
  if (fd < 0) return 1;
  size_t cap = 48;
  char *buf = malloc(cap);
  size_t n = slurp(fd, buf, cap, (size_t)atoi(argv[1]) * 4);
  close(fd);
  printf("%zu %c\n", n, buf[0]);
  free(buf);
  return 0;
}
