// EXPECT: global-buffer-overflow
// A bytecode interpreter dispatches with a computed-goto table (`goto
// *labels[op]`) of 4 handlers. Opcodes are decoded as `byte & 7`, and an
// input byte with value 4..7 fetches a label address from past the table.
#include <stdio.h>
#include <stdlib.h>

static int run(const unsigned char *code, int n) {
  static void *const labels[4] = {&&op_inc, &&op_dec, &&op_dbl, &&op_halt};
  int acc = 0, pc = 0;
#define DISPATCH() do { if (pc >= n) return acc; goto *labels[code[pc++] & 7]; } while (0)
  DISPATCH(); // BUG
op_inc:
  acc++;
  DISPATCH();
op_dec:
  acc--;
  DISPATCH();
op_dbl:
  acc *= 2;
  DISPATCH();
op_halt:
  return acc;
}

int main(int argc, char **argv) {
  unsigned char code[4] = {0, 2, 0, (unsigned char)(atoi(argv[1]) - 5)}; /* 5 */
  code[0] = 0;
  code[1] = 2;
  printf("%d %d\n", run(code + 3, 1), argc);
  return 0;
}
