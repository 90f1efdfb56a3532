// EXPECT: none
// A small bytecode interpreter dispatching with computed goto (labels as
// values); the value stack and a scratch buffer are locals whose
// addresses are passed to helpers; the program is a loop that runs many
// times.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { OP_PUSH, OP_ADD, OP_MUL, OP_DUP, OP_DEC, OP_JNZ, OP_STORE, OP_HALT };

__attribute__((noinline)) static void put(long *slots, int idx, long v) {
  slots[idx] = v;
}

__attribute__((noinline)) static long run(const int *code, long init) {
  static void *const table[] = {&&push, &&add, &&mul, &&dup,
                                &&dec,  &&jnz, &&store, &&halt};
  long stack[16];
  long slots[4] = {0, 0, 0, 0};
  int sp = 0, pc = 0;
  stack[sp++] = init;
#define NEXT goto *table[code[pc++]]
  NEXT;
push:
  stack[sp++] = code[pc++];
  NEXT;
add:
  sp--;
  stack[sp - 1] += stack[sp];
  NEXT;
mul:
  sp--;
  stack[sp - 1] = (stack[sp - 1] * stack[sp]) % 1000003;
  NEXT;
dup:
  stack[sp] = stack[sp - 1];
  sp++;
  NEXT;
dec:
  stack[sp - 1]--;
  NEXT;
jnz:
  if (stack[--sp]) pc = code[pc];
  else pc++;
  NEXT;
store:
  put(slots, code[pc++], stack[sp - 1]);
  NEXT;
halt:
  return stack[sp - 1] + slots[3];
#undef NEXT
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  /* count the initial value down to zero, storing it each round */
  int code[] = {OP_DEC, OP_STORE, 3, OP_DUP, OP_JNZ, 0,
                OP_PUSH, 7, OP_ADD, OP_PUSH, 5, OP_MUL, OP_HALT};
  long total = 0;
  for (int r = 0; r < 100; r++) total += run(code, n + r);
  printf("%ld %d\n", total, argc);
  return 0;
}
