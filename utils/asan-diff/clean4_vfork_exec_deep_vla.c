// EXPECT: none
// vfork + execl("/bin/true") from 20 frames deep, in a frame that holds a
// VLA and an alloca block; the child only execs (or _exits). Afterwards
// the parent reuses the stack region the child ran on with arrays and a
// fresh VLA, 30 times.
#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

__attribute__((noinline)) static int spawn_here(int size) {
  char vla[size];
  char *blk = alloca(size * 2);
  memset(vla, 'v', size);
  memset(blk, 'b', size * 2);
  pid_t pid = vfork();
  if (pid == 0) {
    execl("/bin/true", "true", (char *)NULL);
    _exit(127);
  }
  int st = 0;
  if (pid > 0) waitpid(pid, &st, 0);
  return (WIFEXITED(st) ? WEXITSTATUS(st) : 50) + vla[size - 1] + blk[size * 2 - 1];
}

__attribute__((noinline)) static int descend(int d, int size) {
  int arr[16];
  for (int i = 0; i < 16; i++) arr[i] = d + i;
  if (d == 0) return spawn_here(size) + arr[15];
  return descend(d - 1, size) + arr[d % 16];
}

__attribute__((noinline)) static long reuse(int d, int size) {
  char fill[300];
  char vla[size + d];
  memset(fill, d, sizeof fill);
  memset(vla, 1, sizeof vla);
  return (d ? reuse(d - 1, size) : 0) + fill[299] + vla[size + d - 1];
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  long total = 0;
  for (int r = 0; r < n * 3; r++) {
    total += descend(20, 10 + r * 7);
    total += reuse(30, 5 + r);
  }
  printf("%ld\n", total);
  return 0;
}
