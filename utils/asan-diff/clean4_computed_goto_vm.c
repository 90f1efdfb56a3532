// EXPECT: none
// A bytecode interpreter dispatching with computed goto (&&label); the
// operand stack and the call frames are local arrays, some handlers
// declare block-scoped scratch arrays, and CALL/RET recurse through the
// C function with a frame per call.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { PUSH, ADD, MUL, DUP, SWAP, CALL, RET, JNZ, DEC, HALT, MIX };

static const int program[] = {
    /* 0: main */ PUSH, 6, CALL, 12, PUSH, 3, MIX, ADD, HALT, 0, 0, 0,
    /* 12: f(x) = x>0 ? x*f(x-1)+1 : 1 */ DUP, JNZ, 17, PUSH, 1, /* 17 */ RET,
};

__attribute__((noinline)) static long exec(int pc, long arg, int depth) {
  static void *dispatch[] = {&&op_push, &&op_add, &&op_mul, &&op_dup, &&op_swap, &&op_call,
                             &&op_ret, &&op_jnz, &&op_dec, &&op_halt, &&op_mix};
  long stack[32];
  int sp = 0;
  stack[sp++] = arg;
  if (pc == 12 && arg > 0) {
    long below = exec(12, arg - 1, depth + 1);
    return arg * below + 1;
  }
#define NEXT goto *dispatch[program[pc++]]
  NEXT;
op_push:
  stack[sp++] = program[pc++];
  NEXT;
op_add:
  sp--;
  stack[sp - 1] += stack[sp];
  NEXT;
op_mul:
  sp--;
  stack[sp - 1] *= stack[sp];
  NEXT;
op_dup:
  stack[sp] = stack[sp - 1];
  sp++;
  NEXT;
op_swap: {
  long t = stack[sp - 1];
  stack[sp - 1] = stack[sp - 2];
  stack[sp - 2] = t;
  NEXT;
}
op_call: {
  int target = program[pc++];
  long x = stack[--sp];
  stack[sp++] = exec(target, x, depth + 1);
  NEXT;
}
op_ret:
  return stack[sp - 1];
op_jnz:
  if (stack[--sp] != 0) pc = program[pc];
  else pc++;
  NEXT;
op_dec:
  stack[sp - 1]--;
  NEXT;
op_mix: {
  char scratch[19];
  memset(scratch, (int)stack[sp - 1], sizeof scratch);
  stack[sp - 1] += scratch[18] + depth;
  NEXT;
}
op_halt:
  return stack[sp - 1] + stack[0];
#undef NEXT
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  long total = 0;
  for (int r = 0; r < n * 1000; r++) total += exec(0, r % 9, 0);
  printf("%ld\n", total);
  return 0;
}
