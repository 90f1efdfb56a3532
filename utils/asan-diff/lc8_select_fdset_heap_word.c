// EXPECT: heap-buffer-overflow
// A readiness set is allocated with one long's worth of bits, but select is asked about descriptors up to 100.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
int main(int argc, char **argv) {
  size_t words = (size_t)atoi(argv[1]) / 10;
  fd_set *rd = malloc(words * sizeof(long));
  memset(rd, 0, words * sizeof(long));
  FD_SET(0, rd);
  struct timeval tv = {0, 0};
  int nfds = 100;
  int r = select(nfds, rd, NULL, NULL, &tv); // BUG
  printf("%d\n", r);
  free(rd);
  return 0;
}
