// EXPECT: stack-use-after-scope
// strlen (an intercepted libc call) on a char buffer declared in an if
// block that has already ended.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  const char *msg = "none";
  if (atoi(argv[1]) > 5) {
    char buf[32];
    snprintf(buf, sizeof buf, "big:%s", argv[2]);
    msg = buf;
  }
  size_t n = strlen(msg); // BUG
  printf("%zu %d\n", n, argc);
  return 0;
}
