// EXPECT: stack-use-after-return
// FLAGS: -fno-inline
// With -fno-inline every small accessor stays a call. A helper formats a
// version string into a local array and returns a pointer to it; the
// caller prints it after the helper's frame is gone.
#include <stdio.h>
#include <stdlib.h>

static const char *version_string(int major, int minor) {
  char buf[32];
  snprintf(buf, sizeof buf, "v%d.%d", major, minor);
  const char *volatile p = buf;
  return p;
}

static int first_char(const char *s) { return s[0]; } // BUG

int main(int argc, char **argv) {
  const char *v = version_string(atoi(argv[1]), 4);
  printf("%c\n", first_char(v));
  return 0;
}
