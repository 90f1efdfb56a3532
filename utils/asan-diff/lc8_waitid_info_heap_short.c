// EXPECT: heap-buffer-overflow
// waitid's siginfo_t is allocated with the size of the two fields the caller reads.
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
struct child_status {
  int signo, errno_, code, pad;
  pid_t pid;
  int status;
};
int main(int argc, char **argv) {
  pid_t pid = fork();
  if (pid == 0)
    _exit(atoi(argv[1]));
  struct child_status *cs = malloc(sizeof *cs);
  int r = waitid(P_PID, pid, (siginfo_t *)cs, WEXITED); // BUG
  printf("%d %d %d\n", r, cs->pid == pid, cs->status);
  free(cs);
  return 0;
}
