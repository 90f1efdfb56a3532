// EXPECT: heap-buffer-overflow
// A green-thread record stores a ucontext_t followed by its id; it is
// allocated with sizeof(struct thread_hdr) (a pointer and the id) plus a
// hard-coded context size smaller than the real ucontext_t, so the id
// field behind the context lies past the block.
#include <stdio.h>
#include <stdlib.h>
#include <ucontext.h>

struct thread_hdr { void *stack; int id; };
struct thread { void *stack; ucontext_t uc; int id; };

static ucontext_t main_uc;
static int result;

static void body(void) { result = 42; }

int main(int argc, char **argv) {
  struct thread *t = malloc(sizeof(struct thread_hdr) + 512); /* ucontext_t is ~960 */
  t->stack = malloc(64 * 1024);
  if (getcontext(&main_uc)) return 1;
  t->id = atoi(argv[1]); // BUG
  printf("%d %d\n", t->id, argc);
  free(t->stack);
  free(t);
  return 0;
}
