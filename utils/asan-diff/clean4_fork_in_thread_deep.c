// EXPECT: none
// A worker thread forks from 40 frames deep (each with an array); the
// child, now single-threaded on that thread's stack, recurses further,
// longjmps back up within itself and reports through a pipe with write(),
// then _exit()s. The parent thread reads the result and returns.
#include <pthread.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int depth_arg;

__attribute__((noinline)) static void child_dive(jmp_buf *jb, int d, volatile long *acc) {
  char pad[70];
  memset(pad, d, sizeof pad);
  *acc += pad[69];
  if (d == 0) longjmp(*jb, 1);
  child_dive(jb, d - 1, acc);
}

__attribute__((noinline)) static long descend(int d, int fd_w, int fd_r) {
  int arr[30];
  for (int i = 0; i < 30; i++) arr[i] = d + i;
  if (d > 0) return descend(d - 1, fd_w, fd_r) + arr[29];
  pid_t pid = fork();
  if (pid == 0) {
    volatile long acc = arr[29];
    long out;
    jmp_buf jb;
    if (!setjmp(jb)) child_dive(&jb, 60, &acc);
    out = acc;
    write(fd_w, &out, sizeof out);
    _exit(0);
  }
  long got = 0;
  if (read(fd_r, &got, sizeof got) != sizeof got) got = -1;
  int status = 0;
  waitpid(pid, &status, 0);
  return got + (WIFEXITED(status) ? WEXITSTATUS(status) : 99);
}

static void *thread_fn(void *arg) {
  int *fds = arg;
  return (void *)descend(depth_arg, fds[1], fds[0]);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  depth_arg = 40;
  long total = 0;
  for (int r = 0; r < n; r++) {
    int fds[2];
    if (pipe(fds) != 0) return 1;
    pthread_t th;
    pthread_create(&th, NULL, thread_fn, fds);
    void *ret;
    pthread_join(th, &ret);
    total += (long)ret;
    close(fds[0]);
    close(fds[1]);
  }
  printf("%ld\n", total);
  return 0;
}
