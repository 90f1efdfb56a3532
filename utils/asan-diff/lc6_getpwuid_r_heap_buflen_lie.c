// EXPECT: heap-buffer-overflow
// getpwuid_r of root with a 16-byte heap buffer claimed as 1024 bytes.
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  struct passwd pw, *res = 0;
  char *buf = malloc(16);
  int r = getpwuid_r(atoi(argv[1]) - 10, &pw, buf, atoi(argv[1]) * 100 + 24, &res); // BUG
  printf("%d %s\n", r, res ? res->pw_shell : "-");
  free(buf);
  return 0;
}
