// EXPECT: dynamic-stack-buffer-overflow
// Reads a length-prefixed record into an alloca'd buffer sized by the
// length the caller expects, but reads the length the pipe's header says.
#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

__attribute__((noinline)) static int consume(int fd, size_t expect) {
  unsigned char hdr;
  if (read(fd, &hdr, 1) != 1)
    return -1;
  char *payload = alloca(expect);
  ssize_t got = read(fd, payload, hdr); // BUG
  return (int)got;
}

int main(int argc, char **argv) {
  int p[2];
  if (pipe(p) != 0)
    return 1;
  unsigned char msg[1 + 24];
  msg[0] = 24;
  memset(msg + 1, 'x', 24);
  write(p[1], msg, sizeof msg);
  printf("%d\n", consume(p[0], (size_t)atoi(argv[1])));
  close(p[0]);
  close(p[1]);
  return 0;
}
