// EXPECT: stack-use-after-return
// putenv keeps the pointer it is given; the "NAME=value" string was built in a helper's frame, so the environment entry dangles once the helper returns; getenv reads it first.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static void set_mode(const char *value) {
  char entry[64];
  snprintf(entry, sizeof entry, "APP_MODE=%s", value);
  putenv(entry);
}
int main(int argc, char **argv) {
  set_mode(argv[2]);
  const char *mode = getenv("APP_MODE"); // BUG
  volatile int verbose = atoi(argv[1]);
  if (verbose && mode)
    printf("mode is %s\n", mode);
  return 0;
}
