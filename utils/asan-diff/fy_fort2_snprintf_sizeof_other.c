// EXPECT: stack-buffer-overflow
// FLAGS: -D_FORTIFY_SOURCE=2
// snprintf into a local array with the size of a different, larger
// buffer (a copy-paste slip: sizeof(path) instead of sizeof(name)).
// _FORTIFY_SOURCE turns the call into __snprintf_chk with the array's
// real size; the sanitizer must report the overflowing write itself
// rather than let glibc abort.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static size_t make_names(const char *user, int id) {
  char path[64];
  char name[16];
  snprintf(path, sizeof path, "/home/%s", user);
  snprintf(name, sizeof path, "%s-%d", user, id); // BUG
  return strlen(path) + strlen(name);
}

int main(int argc, char **argv) {
  printf("%zu\n", make_names(argv[2], atoi(argv[1])));
  return 0;
}
