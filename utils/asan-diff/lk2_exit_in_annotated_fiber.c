// EXPECT: leak
// As lk2_exit_in_ucontext, but the switch to the coroutine is announced with __sanitizer_start_switch_fiber/__sanitizer_finish_switch_fiber; main, suspended in swapcontext, still holds a block in its frame when the coroutine calls exit().
// LSan then scans only the fiber's stack as the thread's, so it counts main's block as leaked (a false positive both tools share); memscope does the same.
#include <sanitizer/common_interface_defs.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>
static ucontext_t main_ctx, co_ctx;
static void co(void) {
  __sanitizer_finish_switch_fiber(0, 0, 0);
  printf("exit from fiber\n");
  fflush(stdout);
  exit(0);
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  char *volatile kept = malloc(n * 2); // BUG
  kept[0] = 1;
  size_t sz = 256 * 1024;
  char *stack = malloc(sz);
  getcontext(&co_ctx);
  co_ctx.uc_stack.ss_sp = stack;
  co_ctx.uc_stack.ss_size = sz;
  co_ctx.uc_link = &main_ctx;
  makecontext(&co_ctx, co, 0);
  void *fake = 0;
  __sanitizer_start_switch_fiber(&fake, stack, sz);
  swapcontext(&main_ctx, &co_ctx);
  __sanitizer_finish_switch_fiber(fake, 0, 0);
  free(stack);
  free(kept);
  return 0;
}
