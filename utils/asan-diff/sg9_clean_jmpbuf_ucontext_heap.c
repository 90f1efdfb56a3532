// EXPECT: none
// A parser context with an embedded jmp_buf, allocated with the full
// sizeof, recovers from an error with longjmp; a sigjmp_buf record is freed
// only after its last use; a green thread's ucontext_t lives in a heap
// record of the right size and is switched to and back with swapcontext.
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <ucontext.h>

struct ctx { int depth; int line; jmp_buf recover; int err; };
struct recovery { sigjmp_buf env; int request_id; };
struct thread { void *stack; ucontext_t uc; int id; };

static ucontext_t main_uc;
static struct thread *green;
static int result;

static void body(void) { result = green->id * 2; }

__attribute__((noinline)) static void fail(struct ctx *c, int code) {
  c->err = code;
  longjmp(c->recover, 1);
}

int main(int argc, char **argv) {
  struct ctx *c = malloc(sizeof *c);
  c->line = 7;
  c->err = 0;
  if (setjmp(c->recover) == 0) fail(c, argc);
  int err = c->err;
  free(c);

  struct recovery *r = malloc(sizeof *r);
  r->request_id = atoi(argv[1]);
  volatile int hops = 0;
  if (sigsetjmp(r->env, 1) == 0 || hops < 2) {
    hops++;
    if (hops <= 2) siglongjmp(r->env, 1);
  }
  int id = r->request_id;
  free(r);

  green = malloc(sizeof *green);
  green->stack = malloc(64 * 1024);
  green->id = atoi(argv[1]);
  getcontext(&green->uc);
  green->uc.uc_stack.ss_sp = green->stack;
  green->uc.uc_stack.ss_size = 64 * 1024;
  green->uc.uc_link = &main_uc;
  makecontext(&green->uc, body, 0);
  swapcontext(&main_uc, &green->uc);
  printf("%d %d %d %d\n", err, id, result, hops);
  free(green->stack);
  free(green);
  return 0;
}
