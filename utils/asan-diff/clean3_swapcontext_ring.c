// EXPECT: none
// Four coroutines (makecontext on malloc'd 64 KiB stacks) pass a token
// round a ring with swapcontext many times; each keeps arrays in its
// frames across switches and recurses a little between switches.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

#define N 4
#define STACK (64 * 1024)

static ucontext_t main_ctx, ctx[N];
static long token;
static int rounds;

__attribute__((noinline)) static long churn(int depth, const char *seed) {
  char mine[96];
  memset(mine, seed[depth % 4], sizeof mine);
  long s = mine[95];
  if (depth > 0) s += churn(depth - 1, mine);
  return s;
}

static void worker(int id) {
  long history[32];
  char name[8];
  snprintf(name, sizeof name, "w%d", id);
  for (int r = 0; r < rounds; r++) {
    history[r % 32] = token;
    token += id + churn(id * 3 + 2, name) % 7;
    int next = (id + 1) % N;
    swapcontext(&ctx[id], &ctx[next]);
  }
  long s = 0;
  for (int i = 0; i < 32; i++) s += history[i] % 1000;
  token += s + name[1];
}

int main(int argc, char **argv) {
  rounds = atoi(argv[1]) * 50;
  char *stacks[N];
  for (int i = 0; i < N; i++) {
    stacks[i] = malloc(STACK);
    getcontext(&ctx[i]);
    ctx[i].uc_stack.ss_sp = stacks[i];
    ctx[i].uc_stack.ss_size = STACK;
    ctx[i].uc_link = i == N - 1 ? &main_ctx : &ctx[i + 1];
    makecontext(&ctx[i], (void (*)(void))worker, 1, i);
  }
  swapcontext(&main_ctx, &ctx[0]);
  for (int i = 0; i < N; i++) free(stacks[i]);
  printf("%ld %d\n", token, argc);
  return 0;
}
