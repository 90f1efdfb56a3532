// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <sys/sysinfo.h>
int main(int argc, char **argv) {
  struct sysinfo *si = malloc(atoi(argv[1]) * 8);
  int r = sysinfo(si); // BUG
  printf("%d %d\n", r, si->uptime > 0);
  free(si);
  return 0;
}
