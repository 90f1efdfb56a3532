// EXPECT: heap-buffer-overflow
// Reaps a child with wait4 to get its CPU time, but the usage record was
// allocated as a struct timeval (the only field the caller reads) instead
// of a whole struct rusage, which wait4 fills.
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
  pid_t pid = fork();
  if (pid == 0)
    _exit(atoi(argv[1]) - 10);
  int status = 0;
  struct rusage *ru = malloc(sizeof(struct timeval)); // ru_utime only
  pid_t r = wait4(pid, &status, 0, ru); // BUG
  printf("%d %d %ld\n", r == pid, WEXITSTATUS(status), (long)ru->ru_utime.tv_sec);
  free(ru);
  return 0;
}
