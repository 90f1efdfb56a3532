// EXPECT: none
// Twenty times, a process forks from 120 frames deep (each frame 2 KiB
// of arrays, half of them holding a VLA); the child recurses another 200
// frames, sends a checksum back through a pipe and _exit()s; the parent
// unwinds normally and reuses the stack with different frames.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

__attribute__((noinline)) static unsigned child_work(int d, unsigned seed) {
  unsigned a[100];
  for (int i = 0; i < 100; i++) a[i] = seed + (unsigned)(i * d);
  return d ? a[99] ^ child_work(d - 1, a[d % 100]) : a[0];
}

__attribute__((noinline)) static unsigned descend(int d, int round) {
  char block[2048];
  memset(block, d + round, sizeof block);
  unsigned extra = 0;
  if (d % 2) {
    char vla[d + 9];
    memset(vla, 3, sizeof vla);
    extra = (unsigned)vla[d + 8];
  }
  if (d > 0) return descend(d - 1, round) + (unsigned char)block[2047] + extra;
  int fds[2];
  if (pipe(fds) != 0) return 0;
  pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    unsigned r = child_work(200, (unsigned char)block[0]);
    write(fds[1], &r, sizeof r);
    _exit(0);
  }
  close(fds[1]);
  unsigned got = 0;
  if (read(fds[0], &got, sizeof got) != sizeof got) got = 1;
  close(fds[0]);
  int st;
  waitpid(pid, &st, 0);
  return got + (WIFEXITED(st) && WEXITSTATUS(st) == 0 ? 0 : 1000);
}

__attribute__((noinline)) static long other(int d) {
  long v[33];
  for (int i = 0; i < 33; i++) v[i] = d * i;
  return d ? v[32] + other(d - 1) : v[0];
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  unsigned total = 0;
  long more = 0;
  for (int r = 0; r < n * 2; r++) {
    total += descend(120, r);
    more += other(150);
  }
  printf("%u %ld\n", total, more);
  return 0;
}
