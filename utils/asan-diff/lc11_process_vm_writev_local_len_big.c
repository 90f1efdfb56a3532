// EXPECT: stack-buffer-overflow
// A test harness pokes a new configuration into a "remote" buffer (its
// own process here) with process_vm_writev. The local iovec's length is
// the size of the remote v2 config, but the local source is the smaller
// v1 struct on the stack.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

struct cfg_v1 { int version; int threads; char name[16]; };
struct cfg_v2 { int version; int threads; char name[16]; long limits[4]; };

static struct cfg_v2 *remote;

__attribute__((noinline)) static ssize_t push_config(int threads) {
  struct cfg_v1 local = {1, threads, "worker"};
  struct iovec liov = {&local, sizeof(struct cfg_v2)};
  struct iovec riov = {remote, sizeof(struct cfg_v2)};
  return process_vm_writev(getpid(), &liov, 1, &riov, 1, 0); // BUG
}

int main(int argc, char **argv) {
  remote = calloc(1, sizeof *remote);
  ssize_t n = push_config(atoi(argv[1]));
  printf("%zd %d %s\n", n, remote->threads, remote->name);
  free(remote);
  return 0;
}
