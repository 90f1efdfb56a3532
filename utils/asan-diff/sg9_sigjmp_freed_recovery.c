// EXPECT: heap-use-after-free
// A request handler keeps a heap-allocated recovery record holding a
// sigjmp_buf and the request id. The record is freed at the end of the
// first request but the global pointer is not cleared; the second request's
// error path reads the request id from the freed record before jumping.
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>

struct recovery { sigjmp_buf env; int request_id; };
static struct recovery *cur;

__attribute__((noinline)) static void abort_request(void) {
  fprintf(stderr, "aborting request %d\n", cur->request_id); // BUG
  siglongjmp(cur->env, 1);
}

__attribute__((noinline)) static int handle(int id, int bad) {
  if (!cur) {
    cur = malloc(sizeof *cur);
    cur->request_id = id;
    if (sigsetjmp(cur->env, 1)) return -1;
  }
  if (bad) abort_request();
  free(cur);                            /* done: cur left dangling */
  return id;
}

int main(int argc, char **argv) {
  int a = handle(1, 0);
  int b = handle(2, atoi(argv[1]) > 5);
  printf("%d %d %d\n", a, b, argc);
  return 0;
}
