// EXPECT: global-buffer-overflow
// FLAGS: -fcf-protection=full
// Control-flow protection (IBT end-branch markers, shadow-stack-ready
// returns): a dispatcher looks up an opcode's handler in a global table of
// function pointers, with the opcode range check off by one.
#include <stdio.h>
#include <stdlib.h>

typedef int (*handler)(int);
static int op_nop(int x) { return x; }
static int op_inc(int x) { return x + 1; }
static int op_dbl(int x) { return x * 2; }
static int op_neg(int x) { return -x; }

static handler handlers[] = {op_nop, op_inc, op_dbl, op_neg};
#define NOPS (int)(sizeof handlers / sizeof handlers[0])

__attribute__((noinline)) static int dispatch(int op, int x) {
  if (op > NOPS) return x;
  handler h = handlers[op]; // BUG
  return h ? h(x) : x;
}

int main(int argc, char **argv) {
  int x = 1;
  int ops = atoi(argv[1]) / 2;    /* 0..4 */
  for (int op = 0; op < ops; op++) x = dispatch(op, x);
  printf("%d\n", x);
  return 0;
}
