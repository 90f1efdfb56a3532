// EXPECT: none
// system("true") and system with a command built in a heap string; then
// posix_spawn and posix_spawnp with file actions (addopen of a file in the
// cwd as stdout, adddup2, addclose) and attributes (signal mask, default
// signals, process group, flags), both kept on the heap and on the stack
// and destroyed after the children are waited for; argv and envp arrays
// built at run time.
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  int rc = system("true");
  char *cmd = malloc(128);
  snprintf(cmd, 128, "echo %.*s > sys.txt", n, alpha);
  rc += system(cmd);
  free(cmd);

  posix_spawn_file_actions_t *fa = malloc(sizeof *fa);
  posix_spawnattr_t attr;
  posix_spawn_file_actions_init(fa);
  posix_spawn_file_actions_addopen(fa, 1, "spawn.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_adddup2(fa, 1, 2);
  posix_spawn_file_actions_addclose(fa, 0);
  posix_spawnattr_init(&attr);
  sigset_t mask, defs;
  sigemptyset(&mask);
  sigaddset(&mask, SIGUSR1);
  sigemptyset(&defs);
  sigaddset(&defs, SIGPIPE);
  posix_spawnattr_setsigmask(&attr, &mask);
  posix_spawnattr_setsigdefault(&attr, &defs);
  posix_spawnattr_setpgroup(&attr, 0);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF |
                                      POSIX_SPAWN_SETPGROUP);
  char nbuf[16];
  snprintf(nbuf, sizeof nbuf, "%d", n);
  char **av = malloc(sizeof *av * 5);
  av[0] = "sh";
  av[1] = "-c";
  av[2] = "i=0; while [ $i -lt $1 ]; do echo line$i; i=$((i+1)); done; echo $MARK";
  av[3] = nbuf;
  av[4] = NULL;
  // sh -c: $0 is av[3], so pass a placeholder first.
  char *av2[] = {"sh", "-c", av[2], "zero", nbuf, NULL};
  char *env[] = {"MARK=spawned", "PATH=/usr/bin:/bin", NULL};
  pid_t pid;
  int st1 = -1, st2 = -1;
  if (posix_spawn(&pid, "/bin/sh", fa, &attr, av2, env) == 0)
    waitpid(pid, &st1, 0);
  posix_spawn_file_actions_destroy(fa);
  posix_spawnattr_destroy(&attr);
  free(fa);
  free(av);
  // posix_spawnp by name, with stack file actions only.
  posix_spawn_file_actions_t fa2;
  posix_spawn_file_actions_init(&fa2);
  posix_spawn_file_actions_addopen(&fa2, 1, "spawn2.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  char *cat[] = {"cat", "spawn.txt", "sys.txt", NULL};
  if (posix_spawnp(&pid, "cat", &fa2, NULL, cat, environ) == 0)
    waitpid(pid, &st2, 0);
  posix_spawn_file_actions_destroy(&fa2);
  FILE *f = fopen("spawn2.txt", "r");
  char line[64];
  int lines = 0;
  unsigned long sum = 0;
  while (f && fgets(line, sizeof line, f)) {
    ++lines;
    sum = sum * 31 + strlen(line);
  }
  if (f)
    fclose(f);
  printf("rc %d st %d %d lines %d sum %lu\n", rc, st1, st2, lines, sum);
  return 0;
}
