// EXPECT: heap-buffer-overflow
// Allocates the result of fstatfs64 with sizeof the pointer instead of
// sizeof the pointee, so the 120-byte struct lands in an 8-byte block.
#define _LARGEFILE64_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/statfs.h>
#include <unistd.h>

int main(int argc, char **argv) {
  int fd = open(argc > 1 ? "long.txt" : ".", O_RDONLY);
  if (fd < 0)
    return 1;
  struct statfs64 *st = malloc(sizeof st);
  int rc = fstatfs64(fd, st); // BUG
  printf("%d\n", rc);
  free(st);
  close(fd);
  return 0;
}
