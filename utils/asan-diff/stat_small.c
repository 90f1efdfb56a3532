// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <sys/stat.h>
int main(int argc, char **argv) {
  char buf[64];
  int r = stat("long.txt", (struct stat *)buf); // BUG
  printf("%d %d\n", r, buf[0]);
  return 0;
}
