// EXPECT: none
// A tiny stack-machine interpreter whose operand stack is a local array of
// exactly 32 slots and whose call stack is a local array of 8 frames, each
// with 4 local variables. The test programs push right up to the 32nd slot
// and call 8 levels deep (the limits are checked with >= before each
// push), and the dispatch loop reads the code array up to its last byte.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { PUSH, ADD, MUL, DUP, SWAP, DROP, STORE, LOAD, CALL, RET, JNZ, DEC, HALT };
enum { STACK = 32, FRAMES = 8 };

struct Frame {
  int ret;
  long locals[4];
};

__attribute__((noinline)) static long run(const unsigned char *code, size_t len, int *maxsp) {
  long st[STACK];
  struct Frame fr[FRAMES];
  int sp = 0, fp = 0;
  size_t pc = 0;
  memset(fr, 0, sizeof fr);
  *maxsp = 0;
  while (pc < len) {
    unsigned char op = code[pc++];
    switch (op) {
    case PUSH:
      if (sp >= STACK || pc >= len) return -1;
      st[sp++] = code[pc++];
      break;
    case ADD: if (sp < 2) return -2; st[sp - 2] += st[sp - 1]; sp--; break;
    case MUL: if (sp < 2) return -2; st[sp - 2] *= st[sp - 1]; sp--; break;
    case DUP: if (sp < 1 || sp >= STACK) return -3; st[sp] = st[sp - 1]; sp++; break;
    case SWAP: if (sp < 2) return -2; { long t = st[sp - 1]; st[sp - 1] = st[sp - 2]; st[sp - 2] = t; } break;
    case DROP: if (sp < 1) return -2; sp--; break;
    case STORE: if (sp < 1) return -2; fr[fp].locals[code[pc++] & 3] = st[--sp]; break;
    case LOAD: if (sp >= STACK) return -3; st[sp++] = fr[fp].locals[code[pc++] & 3]; break;
    case CALL:
      if (fp + 1 >= FRAMES) return -4;
      fr[++fp].ret = (int)pc + 1;
      memset(fr[fp].locals, 0, sizeof fr[fp].locals);
      pc = code[pc];
      break;
    case RET: if (fp == 0) return st[sp - 1]; pc = (size_t)fr[fp--].ret; break;
    case JNZ: { unsigned char t = code[pc++]; if (sp < 1) return -2; if (st[--sp]) pc = t; } break;
    case DEC: if (sp < 1) return -2; st[sp - 1]--; break;
    case HALT: return sp ? st[sp - 1] : 0;
    default: return -9;
    }
    if (sp > *maxsp) *maxsp = sp;
  }
  return sp ? st[sp - 1] : 0;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  unsigned char fill[2 + 31 + 31 + 1];
  size_t k = 0;
  // Push 1, DUP 31 times (32 live slots), ADD 31 times, HALT at the last byte.
  fill[k++] = PUSH;
  fill[k++] = (unsigned char)n;
  for (int i = 0; i < 31; i++) fill[k++] = DUP;
  for (int i = 0; i < 31; i++) fill[k++] = ADD;
  fill[k++] = HALT;
  // Recursive calls: each level calls the next until 8 frames are live.
  unsigned char calls[] = {
      /*0*/ PUSH, 3, STORE, 0, CALL, 8, HALT, HALT,
      /*8*/ CALL, 12, LOAD, 0, /*12*/ CALL, 16, RET, 0,
      /*16*/ CALL, 20, RET, 0, /*20*/ CALL, 24, RET, 0,
      /*24*/ CALL, 28, RET, 0, /*28*/ CALL, 32, RET, 0,
      /*32*/ PUSH, 7, PUSH, 6, MUL, RET};
  // A countdown loop: local 1 counts from n to 0.
  unsigned char loop[] = {PUSH, (unsigned char)n, /*2*/ DUP, STORE, 1, LOAD, 1,
                          PUSH, 2, MUL, DROP, DEC, DUP, JNZ, 2, HALT};
  int m1, m2, m3;
  long a = run(fill, k, &m1);
  long b = run(calls, sizeof calls, &m2);
  long c = run(loop, sizeof loop, &m3);
  printf("%ld/%d %ld/%d %ld/%d (%zu bytes)\n", a, m1, b, m2, c, m3, k);
  return 0;
}
