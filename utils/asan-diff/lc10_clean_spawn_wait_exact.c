// EXPECT: none
// posix_spawnp with argument and environment vectors that end in NULL,
// file actions (open onto stdout, dup2, close) and attributes whose
// getters store into the types they take; the child reaped with wait4
// into a whole struct rusage and a second one with waitid.
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

int main(int argc, char **argv) {
  size_t nenv = 2;
  char **envp = malloc((nenv + 1) * sizeof *envp);
  envp[0] = "LANG=C";
  envp[1] = "LC10=1";
  envp[2] = NULL;
  char *cargv[] = {"echo", "spawned", argv[1], NULL};
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 3, "spawn.out", O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_adddup2(&fa, 3, 1);
  posix_spawn_file_actions_addclose(&fa, 3);
  posix_spawnattr_t at;
  posix_spawnattr_init(&at);
  sigset_t none;
  sigemptyset(&none);
  posix_spawnattr_setsigmask(&at, &none);
  posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSIGMASK);
  short flags = 0;
  posix_spawnattr_getflags(&at, &flags);
  sigset_t back;
  posix_spawnattr_getsigmask(&at, &back);
  pid_t pid;
  int r = posix_spawnp(&pid, "echo", &fa, &at, cargv, envp);
  int status = -1;
  struct rusage *ru = malloc(sizeof *ru);
  if (r == 0)
    wait4(pid, &status, 0, ru);
  pid_t pid2;
  char *targv[] = {"true", NULL};
  int r2 = posix_spawnp(&pid2, "true", NULL, NULL, targv, envp);
  siginfo_t si;
  memset(&si, 0, sizeof si);
  if (r2 == 0)
    waitid(P_PID, (id_t)pid2, &si, WEXITED);
  posix_spawnattr_destroy(&at);
  posix_spawn_file_actions_destroy(&fa);
  printf("%d %d %d %d %d\n", r, flags == POSIX_SPAWN_SETSIGMASK,
         WIFEXITED(status) ? WEXITSTATUS(status) : -1, r2, si.si_status);
  free(ru);
  free(envp);
  return 0;
}
