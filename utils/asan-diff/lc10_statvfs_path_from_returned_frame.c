// EXPECT: stack-use-after-return
// A helper builds "<dir>/." in a local array and returns it; the caller
// passes the dead frame's string to statvfs.
#include <stdio.h>
#include <stdlib.h>
#include <sys/statvfs.h>

__attribute__((noinline)) static const char *mount_probe(const char *dir) {
  char path[64];
  snprintf(path, sizeof path, "%s/.", dir);
  return path; // dangling
}

int main(int argc, char **argv) {
  const char *p = mount_probe(atoi(argv[1]) > 0 ? "." : "/");
  struct statvfs sv;
  int r = statvfs(p, &sv); // BUG
  printf("%d\n", r);
  return 0;
}
