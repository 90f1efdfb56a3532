// EXPECT: leak
// main drops one block, keeps another in its frame, and switches to a coroutine (heap stack) that calls exit(): only the dropped block is lost.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>
static ucontext_t main_ctx, co_ctx;
__attribute__((noinline)) static void drop(int n) {
  char *lost = malloc(n * 21); // BUG
  memset(lost, 0, n * 21);
  __asm__ volatile("" : : "r"(lost) : "memory");
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
static void co(void) {
  printf("exit from coroutine\n");
  fflush(stdout);
  exit(0);
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  drop(n);
  scrub();
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
