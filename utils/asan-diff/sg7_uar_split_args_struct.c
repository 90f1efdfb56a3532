// EXPECT: stack-use-after-return
// A command splitter returns a struct holding argv-style pointers; they
// point into a local copy of the command line that the splitter tokenized
// in place, which is dead by the time the caller dispatches.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct Args {
  int argc;
  char *argv[6];
};
__attribute__((noinline)) static struct Args split(const char *line) {
  char copy[64];
  struct Args a = {0, {0}};
  strncpy(copy, line, sizeof copy - 1);
  copy[sizeof copy - 1] = 0;
  for (char *p = copy; *p && a.argc < 6;) {
    a.argv[a.argc++] = p;
    while (*p && *p != ' ') p++;
    if (*p) *p++ = 0;
  }
  return a;
}
int main(int argc, char **argv) {
  char line[64];
  snprintf(line, sizeof line, "run %s --jobs %s", argv[2], argv[1]);
  struct Args a = split(line);
  size_t total = 0;
  for (int i = 0; i < a.argc; i++) total += (unsigned char)a.argv[i][0]; // BUG
  printf("%d %zu %d\n", a.argc, total, argc);
  return 0;
}
