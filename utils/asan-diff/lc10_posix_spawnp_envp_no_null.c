// EXPECT: heap-buffer-overflow
// Builds a child environment of n "KEY=VALUE" entries in an array of
// exactly n pointers and forgets the terminating NULL: posix_spawnp walks
// envp until it finds one and reads past the heap array.
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>

int main(int argc, char **argv) {
  static char *vars[] = {"LANG=C", "TZ=UTC", "HOME=/tmp"};
  size_t n = sizeof vars / sizeof vars[0];
  char **envp = malloc(n * sizeof *envp); // no slot for the NULL
  for (size_t i = 0; i < n; i++)
    envp[i] = vars[i];
  char *child_argv[] = {"true", NULL};
  pid_t pid;
  int r = posix_spawnp(&pid, "true", NULL, NULL, child_argv, envp); // BUG
  if (r == 0)
    waitpid(pid, NULL, 0);
  printf("%d %d\n", r, atoi(argv[1]));
  free(envp);
  return 0;
}
