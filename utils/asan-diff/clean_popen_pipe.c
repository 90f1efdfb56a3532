// EXPECT: none
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
int main(int argc, char **argv) {
  FILE *p = popen("cat long.txt", "r");
  char line[128];
  int lines = 0;
  while (fgets(line, sizeof line, p)) lines++;
  pclose(p);
  int fd[2];
  pipe(fd);
  pid_t pid = fork();
  if (pid == 0) { close(fd[0]); write(fd[1], argv[2], strlen(argv[2])); _exit(0); }
  close(fd[1]);
  char got[64] = {0};
  ssize_t n = read(fd[0], got, sizeof got - 1);
  int st;
  waitpid(pid, &st, 0);
  printf("%d %zd %s %d\n", lines, n, got, WEXITSTATUS(st));
  return 0;
}
