// EXPECT: global-buffer-overflow (neither tool pads thread-locals; the write lands on the thread control block)
#include <stdio.h>
#include <stdlib.h>
_Thread_local int tl[4];
int main(int argc, char **argv) {
  int k = atoi(argv[1]) - 6;
  tl[k] = 1; // BUG
  printf("%d\n", tl[0]);
  return 0;
}
