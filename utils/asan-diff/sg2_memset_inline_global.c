// EXPECT: global-buffer-overflow
// __builtin_memset_inline (llvm.memset.inline) clearing 32 bytes of a
// 24-byte global.
#include <stdio.h>
#include <stdlib.h>
long state[3] = {1, 2, 3};
long neighbour_state[8] = {4};
__attribute__((noinline)) static void clear(void *p) { __builtin_memset_inline(p, 0, 32); } // BUG
int main(int argc, char **argv) {
  state[argc % 3] = atoi(argv[1]);
  neighbour_state[argc] = 1;
  clear(state);
  printf("%ld %ld\n", state[1], neighbour_state[0]);
  return 0;
}
