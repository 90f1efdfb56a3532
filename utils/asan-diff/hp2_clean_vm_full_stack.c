// EXPECT: none
// a stack VM whose push checks the bound before storing; the test program fills the operand stack to exactly its capacity, and locals live in a VLA frame sized per call
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define STACK_MAX 16

enum op { PUSH, ADD, MUL, DUP, DROP, LOAD, STORE, HALT };

struct insn {
  enum op op;
  long arg;
};

struct vm {
  long stack[STACK_MAX];
  int sp;
  int overflow, underflow;
  long steps;
};

static int push(struct vm *m, long v) {
  if (m->sp >= STACK_MAX) {
    m->overflow++;
    return -1;
  }
  m->stack[m->sp++] = v;
  return 0;
}

static int pop(struct vm *m, long *v) {
  if (m->sp <= 0) {
    m->underflow++;
    return -1;
  }
  *v = m->stack[--m->sp];
  return 0;
}

static long run(struct vm *m, const struct insn *code, int n, int nlocals) {
  long locals[nlocals > 0 ? nlocals : 1];
  memset(locals, 0, sizeof locals);
  long a, b;
  for (int pc = 0; pc < n; pc++) {
    m->steps++;
    const struct insn *in = &code[pc];
    switch (in->op) {
    case PUSH: if (push(m, in->arg)) return -1; break;
    case ADD: if (pop(m, &b) || pop(m, &a)) return -1; push(m, a + b); break;
    case MUL: if (pop(m, &b) || pop(m, &a)) return -1; push(m, a * b); break;
    case DUP: if (pop(m, &a)) return -1; push(m, a); if (push(m, a)) return -1; break;
    case DROP: if (pop(m, &a)) return -1; break;
    case LOAD: if (in->arg < 0 || in->arg >= nlocals) return -1; if (push(m, locals[in->arg])) return -1; break;
    case STORE: if (in->arg < 0 || in->arg >= nlocals || pop(m, &a)) return -1; locals[in->arg] = a; break;
    case HALT: pc = n; break;
    }
  }
  return m->sp > 0 ? m->stack[m->sp - 1] : 0;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *word = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRST";
  size_t wl = strlen(word);
  struct insn code[96];
  int k = 0;
  /* push exactly STACK_MAX values, then fold them */
  for (int i = 0; i < STACK_MAX; i++) code[k++] = (struct insn){PUSH, (long)(unsigned char)word[(size_t)i % wl] - 'A'};
  for (int i = 1; i < STACK_MAX; i++) code[k++] = (struct insn){ADD, 0};
  code[k++] = (struct insn){STORE, 0};
  for (int i = 0; i < n % 4 + 2; i++) {
    code[k++] = (struct insn){LOAD, 0};
    code[k++] = (struct insn){PUSH, i + 2};
    code[k++] = (struct insn){MUL, 0};
    code[k++] = (struct insn){STORE, (long)(1 + i % 3)};
  }
  code[k++] = (struct insn){LOAD, 1};
  code[k++] = (struct insn){LOAD, 2};
  code[k++] = (struct insn){ADD, 0};
  code[k++] = (struct insn){HALT, 0};
  struct vm m;
  memset(&m, 0, sizeof m);
  long r = run(&m, code, k, 4);
  printf("result %ld after %ld steps (overflow %d underflow %d)\n", r, m.steps, m.overflow, m.underflow);
  /* a second program overflows on purpose and is refused */
  struct insn big[STACK_MAX + 2];
  for (int i = 0; i < STACK_MAX + 2; i++) big[i] = (struct insn){PUSH, i};
  struct vm m2;
  memset(&m2, 0, sizeof m2);
  long r2 = run(&m2, big, STACK_MAX + 2, 0);
  printf("big: %ld overflow %d top %ld\n", r2, m2.overflow, m2.stack[STACK_MAX - 1]);
  return 0;
}
