// EXPECT: stack-use-after-return
// printf's %s reads a string that lives in the frame of a function that has
// already returned.
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static const char *label(int n) {
  char buf[20];
  snprintf(buf, sizeof buf, "lbl-%d", n);
  const char *volatile p = buf;
  return p;
}
int main(int argc, char **argv) {
  const char *s = label(atoi(argv[1]));
  printf("%s %d\n", s, argc); // BUG
  return 0;
}
