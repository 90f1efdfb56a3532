// EXPECT: stack-use-after-return
#include <stdio.h>
__attribute__((noinline)) static const char *label(const char *s) {
  char buf[32];
  snprintf(buf, sizeof buf, "<%s>", s);
  const char *volatile p = buf;
  return p;
}
int main(int argc, char **argv) {
  const char *l = label(argv[1]);
  printf("%s\n", l); // BUG
  return 0;
}
