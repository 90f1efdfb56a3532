// EXPECT: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
int main(int argc, char **argv) {
  int *status = malloc(sizeof *status);
  free(status);
  pid_t pid = fork();
  if (pid == 0)
    _exit(atoi(argv[1]));
  pid_t r = waitpid(pid, status, 0); // BUG
  printf("%d\n", r == pid);
  return 0;
}
