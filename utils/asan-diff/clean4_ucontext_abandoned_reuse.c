// EXPECT: none
// Coroutines are abandoned in the middle of a recursion whose frames hold
// VLAs, alloca blocks and arrays (never resumed again); the same heap
// stack is then given to a fresh makecontext coroutine with a different
// frame layout, many times over.
#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

#define STACK_SIZE (96 * 1024)

static ucontext_t main_ctx, co;
static long acc;
static int shape;

__attribute__((noinline)) static void recurse_vla(int d, int size) {
  char vla[size];
  char *a = alloca(8 + d * 3);
  memset(vla, d, size);
  memset(a, 1, 8 + d * 3);
  acc += vla[size - 1] + a[7];
  if (d == 0) {
    swapcontext(&co, &main_ctx); /* never resumed */
    return;
  }
  recurse_vla(d - 1, size + 5);
}

__attribute__((noinline)) static void recurse_arrays(int d) {
  int arr[37];
  double w[5];
  for (int i = 0; i < 37; i++) arr[i] = d * i;
  for (int i = 0; i < 5; i++) w[i] = arr[36] * 0.5 + i;
  acc += arr[36] + (long)w[4];
  if (d == 0) {
    swapcontext(&co, &main_ctx);
    return;
  }
  recurse_arrays(d - 1);
}

static void body(int kind, int depth) {
  if (kind == 0)
    recurse_vla(depth, 7 + depth);
  else
    recurse_arrays(depth);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  char *stack = malloc(STACK_SIZE);
  for (int r = 0; r < n * 60; r++) {
    shape = r % 2;
    getcontext(&co);
    co.uc_stack.ss_sp = stack;
    co.uc_stack.ss_size = STACK_SIZE;
    co.uc_link = &main_ctx;
    makecontext(&co, (void (*)(void))body, 2, shape, 4 + r % 23);
    swapcontext(&main_ctx, &co);
    /* the coroutine is left suspended and its stack reused next round */
  }
  free(stack);
  printf("%ld\n", acc);
  return 0;
}
