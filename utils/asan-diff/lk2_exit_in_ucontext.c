// EXPECT: none
// exit() is called from a makecontext coroutine running on a heap-allocated stack while main, suspended in swapcontext, still holds a block in its frame: LSan scans main's whole stack, so the block is reachable.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>
static ucontext_t main_ctx, co_ctx;
static void co(void) {
  printf("exit from coroutine\n");
  fflush(stdout);
  exit(0);
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  char *volatile kept = malloc(n * 2);
  kept[0] = 1;
  size_t sz = 256 * 1024;
  char *stack = malloc(sz);
  getcontext(&co_ctx);
  co_ctx.uc_stack.ss_sp = stack;
  co_ctx.uc_stack.ss_size = sz;
  co_ctx.uc_link = &main_ctx;
  makecontext(&co_ctx, co, 0);
  swapcontext(&main_ctx, &co_ctx);
  free(stack);
  free(kept);
  return 0;
}
