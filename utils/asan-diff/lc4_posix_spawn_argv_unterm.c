// EXPECT: stack-buffer-overflow
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
extern char **environ;
int main(int argc, char **argv) {
  char *args[2] = {"/bin/true", argv[1]};
  pid_t pid;
  int r = posix_spawn(&pid, "/bin/true", 0, 0, args, environ); // BUG
  if (r == 0)
    waitpid(pid, 0, 0);
  printf("%d\n", r);
  return 0;
}
