// EXPECT: stack-buffer-overflow
// a tiny stack VM checks for overflow with `sp > STACK_MAX` after it has already pushed; a program that pushes its whole argument list stores one slot past the operand stack
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define STACK_MAX 16

enum op { OP_PUSH, OP_ADD, OP_MUL, OP_SUB, OP_DUP, OP_SWAP, OP_POP, OP_JNZ, OP_DEC, OP_PRINT, OP_HALT };

struct insn {
  enum op op;
  long arg;
};

struct vm_result {
  long top;
  int steps;
  int error;
  long printed[8];
  int nprinted;
};

static struct vm_result vm_run(const struct insn *code, int ncode) {
  long stack[STACK_MAX];
  int sp = 0, pc = 0;
  struct vm_result r;
  memset(&r, 0, sizeof r);
  while (pc < ncode && r.steps < 10000) {
    const struct insn *in = &code[pc++];
    r.steps++;
    switch (in->op) {
    case OP_PUSH:
      stack[sp++] = in->arg; // BUG
      if (sp > STACK_MAX) { r.error = 1; return r; }
      break;
    case OP_ADD: if (sp < 2) { r.error = 2; return r; } stack[sp - 2] += stack[sp - 1]; sp--; break;
    case OP_SUB: if (sp < 2) { r.error = 2; return r; } stack[sp - 2] -= stack[sp - 1]; sp--; break;
    case OP_MUL: if (sp < 2) { r.error = 2; return r; } stack[sp - 2] *= stack[sp - 1]; sp--; break;
    case OP_DUP:
      if (sp < 1 || sp >= STACK_MAX) { r.error = 3; return r; }
      stack[sp] = stack[sp - 1];
      sp++;
      break;
    case OP_SWAP: {
      if (sp < 2) { r.error = 2; return r; }
      long t = stack[sp - 1];
      stack[sp - 1] = stack[sp - 2];
      stack[sp - 2] = t;
      break;
    }
    case OP_POP: if (sp < 1) { r.error = 2; return r; } sp--; break;
    case OP_DEC: if (sp < 1) { r.error = 2; return r; } stack[sp - 1]--; break;
    case OP_JNZ:
      if (sp < 1) { r.error = 2; return r; }
      if (stack[--sp] != 0) pc = (int)in->arg;
      break;
    case OP_PRINT:
      if (sp < 1) { r.error = 2; return r; }
      if (r.nprinted < 8) r.printed[r.nprinted++] = stack[sp - 1];
      break;
    case OP_HALT: pc = ncode; break;
    }
  }
  r.top = sp ? stack[sp - 1] : 0;
  return r;
}

struct assembler {
  struct insn code[128];
  int n;
};

static void emit(struct assembler *a, enum op op, long arg) {
  if (a->n < 128) {
    a->code[a->n].op = op;
    a->code[a->n].arg = arg;
    a->n++;
  }
}

/* Compiles "sum of the byte values, weighted by position" by pushing every term first. */
static void compile_weighted_sum(struct assembler *a, const char *s, int count) {
  for (int i = 0; i < count; i++) {
    emit(a, OP_PUSH, (long)(unsigned char)s[i]);
    emit(a, OP_PUSH, i + 1);
    emit(a, OP_MUL, 0);
  }
  for (int i = 1; i < count; i++) emit(a, OP_ADD, 0);
  emit(a, OP_PRINT, 0);
  emit(a, OP_HALT, 0);
}

/* Compiles a countdown loop from n to 0, printing the first value. */
static void compile_countdown(struct assembler *a, long n) {
  emit(a, OP_PUSH, n);
  emit(a, OP_PRINT, 0);
  int top = a->n;
  emit(a, OP_DEC, 0);
  emit(a, OP_DUP, 0);
  emit(a, OP_JNZ, top);
  emit(a, OP_PUSH, 7);
  emit(a, OP_ADD, 0);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *word = argc > 2 ? argv[2] : "ABCDEFGH";
  struct assembler a1 = {.n = 0}, a2 = {.n = 0};
  compile_countdown(&a1, n);
  struct vm_result r1 = vm_run(a1.code, a1.n);
  printf("countdown: top %ld steps %d error %d\n", r1.top, r1.steps, r1.error);
  /* terms are multiplied as they go, so the stack holds one value per letter */
  int count = (int)strlen(word);
  if (count > n + 8) count = n + 8;
  for (int i = 0; i < count; i++) emit(&a2, OP_PUSH, (long)(unsigned char)word[i] * (i + 1));
  for (int i = 1; i < count; i++) emit(&a2, OP_ADD, 0);
  emit(&a2, OP_PRINT, 0);
  struct vm_result r2 = vm_run(a2.code, a2.n);
  printf("weighted: top %ld steps %d error %d\n", r2.top, r2.steps, r2.error);
  struct assembler a3 = {.n = 0};
  compile_weighted_sum(&a3, word, 4);
  struct vm_result r3 = vm_run(a3.code, a3.n);
  printf("small: top %ld printed %d\n", r3.top, r3.nprinted);
  return 0;
}
