// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
int main(int argc, char **argv) {
  char *buf = malloc(10);
  pid_t pid = fork();
  if (pid == 0) {
    memcpy(buf, argv[2], strlen(argv[2])); // BUG
    printf("%c\n", buf[0]);
    exit(0);
  }
  int st;
  waitpid(pid, &st, 0);
  free(buf);
  return 0;
}
