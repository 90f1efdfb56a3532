// EXPECT: stack-buffer-overflow
// A cooperative task runs on a makecontext stack; a function in the task
// fills a local array of 8 entries from a count it was given (9).
#include <stdio.h>
#include <stdlib.h>
#include <ucontext.h>
static ucontext_t g_main, g_task;
static int g_count;
static long g_result;
__attribute__((noinline)) static long fill(int count) {
  long vals[8];
  for (int i = 0; i < count; i++) vals[i] = (long)i * i; // BUG
  return vals[0] + vals[7];
}
static void task(void) {
  g_result = fill(g_count);
  swapcontext(&g_task, &g_main);
}
int main(int argc, char **argv) {
  g_count = atoi(argv[1]) - 1;  /* 9 */
  size_t sz = 128 * 1024;
  char *stack = malloc(sz);
  getcontext(&g_task);
  g_task.uc_stack.ss_sp = stack;
  g_task.uc_stack.ss_size = sz;
  g_task.uc_link = &g_main;
  makecontext(&g_task, task, 0);
  swapcontext(&g_main, &g_task);
  printf("%ld %d\n", g_result, argc);
  free(stack);
  return 0;
}
