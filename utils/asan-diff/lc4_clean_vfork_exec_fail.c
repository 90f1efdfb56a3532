// EXPECT: none
// vfork children that run instrumented frames (and return from them when exec
// fails) on the parent's stack, then the parent's locals passed to libc.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
__attribute__((noinline)) static int child_work(const char *arg) {
  char local[64];
  char more[128];
  snprintf(local, sizeof local, "%s", arg);
  memcpy(more, local, sizeof local);
  char *args[] = {"/bin/true", more, 0};
  execv("/nonexistent/true", args);
  return 127;
}
__attribute__((noinline)) static int spawn(const char *arg) {
  pid_t pid = vfork();
  if (pid == 0)
    _exit(child_work(arg));
  int st = 0;
  waitpid(pid, &st, 0);
  return WEXITSTATUS(st);
}
__attribute__((noinline)) static int after(const char *arg) {
  char buf[200];
  char small[16];
  memset(buf, 'x', sizeof buf);
  strncpy(small, arg, sizeof small);
  return buf[199] + small[15];
}
int main(int argc, char **argv) {
  int r = 0;
  for (int i = 0; i < 3; i++)
    r += spawn(argv[2]);
  int a = after(argv[2]);
  char big[4096];
  memset(big, 0, sizeof big);
  FILE *f = fopen("long.txt", "r");
  size_t n = fread(big, 1, sizeof big, f);
  fclose(f);
  printf("%d %d %zu\n", r, a, n);
  return 0;
}
