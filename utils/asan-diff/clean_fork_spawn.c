// EXPECT: none
// fork (the child uses stack, heap and libc, then exits), vfork + _exit, posix_spawn of /bin/true, a pipe between parent and child, waitpid.
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
extern char **environ;
__attribute__((noinline)) static int work(int n) {
  char buf[64];
  char *h = malloc(n);
  memset(h, 'h', n);
  snprintf(buf, sizeof buf, "%.*s", n - 1, h);
  free(h);
  return (int)strlen(buf);
}
int main(int argc, char **argv) {
  int fds[2];
  pipe(fds);
  char *before = strdup("shared-before-fork");
  pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    char msg[32];
    int len = snprintf(msg, sizeof msg, "%d:%s", work(20), before);
    write(fds[1], msg, len);
    free(before);
    _exit(0);
  }
  close(fds[1]);
  char got[32] = {0};
  read(fds[0], got, sizeof got - 1);
  int st = 0;
  waitpid(pid, &st, 0);
  pid_t v = vfork();
  if (v == 0) _exit(3);
  int st2 = 0;
  waitpid(v, &st2, 0);
  pid_t sp;
  char *args[] = {"true", NULL};
  int sr = posix_spawn(&sp, "/bin/true", NULL, NULL, args, environ);
  int st3 = -1;
  if (sr == 0) waitpid(sp, &st3, 0);
  printf("%s %d %d %d %d %d %d\n", got, WEXITSTATUS(st), WEXITSTATUS(st2), sr, st3, work(10), argc);
  free(before);
  return 0;
}
