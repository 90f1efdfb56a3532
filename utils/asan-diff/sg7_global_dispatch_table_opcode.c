// EXPECT: global-buffer-overflow
// A bytecode interpreter dispatches through a global table of handler
// pointers; the opcode check is `op > OP_COUNT` instead of `>=`, so the
// opcode equal to OP_COUNT loads the function pointer past the table.
#include <stdio.h>
#include <stdlib.h>
enum { OP_PUSH, OP_ADD, OP_MUL, OP_NEG, OP_COUNT };
typedef long (*handler)(long acc, long arg);
static long h_push(long acc, long arg) { return arg + 0 * acc; }
static long h_add(long acc, long arg) { return acc + arg; }
static long h_mul(long acc, long arg) { return acc * arg; }
static long h_neg(long acc, long arg) { return -acc + 0 * arg; }
static handler g_ops[OP_COUNT] = {h_push, h_add, h_mul, h_neg};
__attribute__((noinline)) static long run(const unsigned char *code, int len) {
  long acc = 0;
  for (int pc = 0; pc + 1 < len; pc += 2) {
    unsigned op = code[pc];
    if (op > OP_COUNT) break;
    handler h = g_ops[op]; // BUG
    acc = h ? h(acc, code[pc + 1]) : acc;
  }
  return acc;
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  unsigned char code[8] = {OP_PUSH, (unsigned char)n, OP_ADD, 5, OP_MUL, 3, 0, 0};
  code[6] = (unsigned char)(n - 6); /* 4 == OP_COUNT */
  printf("%ld %d\n", run(code, 8), argc);
  return 0;
}
