// EXPECT: stack-use-after-return
// A callee remembers its local buffer in a static pointer; a later call
// to another function reads through it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static char *last_name;
__attribute__((noinline)) static void set_name(const char *s) {
  char buf[32];
  strncpy(buf, s, sizeof buf - 1);
  buf[sizeof buf - 1] = 0;
  last_name = buf;
}
__attribute__((noinline)) static int name_len(void) { return (int)strlen(last_name); } // BUG
int main(int argc, char **argv) {
  set_name(argv[2]);
  printf("%d\n", name_len() + argc);
  return 0;
}
