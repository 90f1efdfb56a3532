// EXPECT: none
// fork() children recurse with arrays on their copy of the stack, write
// a result through a pipe and _exit; the parent, meanwhile, uses the same
// stack addresses for its own recursion, then reads and waits.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

__attribute__((noinline)) static long dig(int depth, const long *up) {
  long here[16];
  for (int i = 0; i < 16; i++) here[i] = (up ? up[15 - i] : 1) + depth;
  long s = here[15];
  if (depth > 0) s += dig(depth - 1, here);
  return s % 1000003;
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]) / 3;
  long total = 0;
  for (int k = 0; k < n; k++) {
    int fds[2];
    if (pipe(fds) != 0) return 1;
    pid_t pid = fork();
    if (pid < 0) return 1;
    if (pid == 0) {
      close(fds[0]);
      char msg[32];
      long r = dig(500 + k * 100, NULL);
      int len = snprintf(msg, sizeof msg, "%ld", r);
      ssize_t w = write(fds[1], msg, (size_t)len);
      close(fds[1]);
      _exit(w == len ? 0 : 2);
    }
    close(fds[1]);
    total += dig(300, NULL);
    char buf[32];
    ssize_t got = read(fds[0], buf, sizeof buf - 1);
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    if (got > 0) {
      buf[got] = '\0';
      total += atol(buf);
    }
    total += WIFEXITED(status) ? WEXITSTATUS(status) : 100;
  }
  printf("%ld %d\n", total, argc);
  return 0;
}
