// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/vfs.h>
int main(int argc, char **argv) {
  char path[4];
  memcpy(path, "/tmp", 4);
  struct statfs s;
  int r = statfs(path + (argc - 3), &s); // BUG
  printf("%d\n", r);
  return 0;
}
