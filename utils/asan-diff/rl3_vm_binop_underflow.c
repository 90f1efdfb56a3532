// EXPECT: stack-buffer-underflow
// a stack VM checks a binary operator for one operand instead of two; a program with a stray ADD pops below the operand stack
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum op { OP_PUSH, OP_DUP, OP_ADD, OP_SUB, OP_MUL, OP_SWAP, OP_JNZ, OP_DEC, OP_PRINT, OP_HALT };

struct insn {
  enum op op;
  long arg;
};

struct vm_result {
  long top;
  int steps;
  int error;
};

static const char *op_name(enum op o) {
  static const char *names[] = {"push", "dup", "add", "sub", "mul", "swap", "jnz", "dec", "print", "halt"};
  return names[o];
}

static struct vm_result run(const struct insn *code, int len, int max_steps) {
  long stack[16];
  int sp = 0, pc = 0;
  struct vm_result res = {0, 0, 0};
  while (pc >= 0 && pc < len && res.steps < max_steps) {
    const struct insn *in = &code[pc++];
    res.steps++;
    switch (in->op) {
    case OP_PUSH:
      if (sp == 16) { res.error = 1; return res; }
      stack[sp++] = in->arg;
      break;
    case OP_DUP:
      if (sp < 1 || sp == 16) { res.error = 2; return res; }
      stack[sp] = stack[sp - 1];
      sp++;
      break;
    case OP_ADD:
    case OP_SUB:
    case OP_MUL: {
      if (sp < 1) { res.error = 3; return res; }
      long b = stack[--sp];
      long a = stack[sp - 1]; // BUG
      stack[sp - 1] = in->op == OP_ADD ? a + b : in->op == OP_SUB ? a - b : a * b;
      break;
    }
    case OP_SWAP: {
      if (sp < 2) { res.error = 4; return res; }
      long t = stack[sp - 1];
      stack[sp - 1] = stack[sp - 2];
      stack[sp - 2] = t;
      break;
    }
    case OP_DEC:
      if (sp < 1) { res.error = 5; return res; }
      stack[sp - 1]--;
      break;
    case OP_JNZ:
      if (sp < 1) { res.error = 6; return res; }
      if (stack[--sp] != 0) pc = (int)in->arg;
      break;
    case OP_PRINT:
      if (sp > 0) printf("  %s: %ld\n", op_name(in->op), stack[sp - 1]);
      break;
    case OP_HALT:
      res.top = sp ? stack[sp - 1] : 0;
      return res;
    }
  }
  res.top = sp ? stack[sp - 1] : 0;
  return res;
}

static int assemble(const char *src, struct insn *out, int max) {
  int n = 0;
  char buf[256];
  snprintf(buf, sizeof buf, "%s", src);
  for (char *tok = strtok(buf, " "); tok && n < max; tok = strtok(NULL, " ")) {
    struct insn in = {OP_HALT, 0};
    if (!strcmp(tok, "dup")) in.op = OP_DUP;
    else if (!strcmp(tok, "add")) in.op = OP_ADD;
    else if (!strcmp(tok, "sub")) in.op = OP_SUB;
    else if (!strcmp(tok, "mul")) in.op = OP_MUL;
    else if (!strcmp(tok, "swap")) in.op = OP_SWAP;
    else if (!strcmp(tok, "dec")) in.op = OP_DEC;
    else if (!strcmp(tok, "print")) in.op = OP_PRINT;
    else if (!strcmp(tok, "halt")) in.op = OP_HALT;
    else if (!strncmp(tok, "jnz:", 4)) { in.op = OP_JNZ; in.arg = atol(tok + 4); }
    else { in.op = OP_PUSH; in.arg = atol(tok); }
    out[n++] = in;
  }
  return n;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 5;
  size_t letters = argc > 2 ? strlen(argv[2]) : 3;
  char src[256];
  /* sum of n..1 (loop), then a letters*2 product */
  snprintf(src, sizeof src, "0 %d swap dup swap add swap dec dup jnz:2 print %zu 2 mul add print halt",
           n, letters);
  struct insn code[64];
  int len = assemble(src, code, 64);
  struct vm_result r = run(code, len, 10000);
  printf("program 1: top=%ld steps=%d error=%d\n", r.top, r.steps, r.error);
  /* forgot the accumulator: "n add ..." */
  snprintf(src, sizeof src, "%d add print halt", n);
  len = assemble(src, code, 64);
  r = run(code, len, 10000);
  printf("program 2: top=%ld steps=%d error=%d\n", r.top, r.steps, r.error);
  return 0;
}
