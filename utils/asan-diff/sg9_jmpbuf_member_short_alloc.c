// EXPECT: heap-buffer-overflow
// A parser context embeds a jmp_buf for error recovery after a few fields.
// It is allocated with the size of an older "context header" struct, so the
// jmp_buf member lies past the block; the first field of the context that
// follows the jmp_buf (the error code written on longjmp) is clearly out.
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>

struct ctx_header { int depth; int line; const char *src; };
struct ctx {
  int depth; int line; const char *src;
  jmp_buf recover;
  int err;
};

__attribute__((noinline)) static void fail(struct ctx *c, int code) {
  c->err = code; // BUG
  longjmp(c->recover, 1);
}

int main(int argc, char **argv) {
  struct ctx *c = malloc(sizeof(struct ctx_header) + sizeof(jmp_buf));
  c->depth = 0;
  c->line = 1;
  c->src = argv[2];
  if (setjmp(c->recover)) {
    printf("error at %d\n", c->line);
    free(c);
    return 0;
  }
  if (atoi(argv[1]) > 5) fail(c, argc);
  puts("ok");
  free(c);
  return 0;
}
