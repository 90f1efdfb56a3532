// EXPECT: none
// vfork followed straight by execv (of /bin/true, and of a path that does
// not exist, whose child then _exits), from frames that hold arrays; the
// parent keeps using its frame's arrays after the child is gone, then
// recurses over the stack the child ran on.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

__attribute__((noinline)) static int spawn(const char *path, int tag) {
  char label[24];
  int marks[5] = {tag, tag + 1, tag + 2, tag + 3, tag + 4};
  snprintf(label, sizeof label, "child-%d", tag);
  char *args[] = {(char *)path, label, NULL};
  pid_t pid = vfork();
  if (pid == 0) {
    execv(path, args);
    _exit(7);
  }
  if (pid < 0) return -1;
  int status = 0;
  waitpid(pid, &status, 0);
  return (WIFEXITED(status) ? WEXITSTATUS(status) : 99) + marks[4] +
         (int)strlen(label);
}

__attribute__((noinline)) static long after(int depth) {
  char pad[200];
  memset(pad, depth, sizeof pad);
  long s = pad[199];
  if (depth > 0) s += after(depth - 1);
  return s;
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]) / 2;
  long total = 0;
  for (int i = 0; i < n; i++) {
    total += spawn("/bin/true", i);
    total += spawn("/nonexistent/definitely-not-here", i);
    total += after(100);
  }
  printf("%ld %d\n", total, argc);
  return 0;
}
