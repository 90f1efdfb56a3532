// EXPECT: heap-buffer-overflow
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/uio.h>
#include <unistd.h>
int main(int argc, char **argv) {
  char src[64] = "hello, process_vm_readv";
  char *dst = malloc(8);
  struct iovec local = {dst, atoi(argv[1]) * 2};
  struct iovec remote = {src, 20};
  ssize_t n = process_vm_readv(getpid(), &local, 1, &remote, 1, 0); // BUG
  printf("%zd\n", n);
  free(dst);
  return 0;
}
