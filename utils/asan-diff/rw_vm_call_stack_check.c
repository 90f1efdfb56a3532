// EXPECT: stack-buffer-overflow
// A small stack-based bytecode VM (push, arithmetic, jumps, call/return) running a recursive
// Fibonacci. Values and call frames share one stack array local to run(); the overflow check
// before a push compares sp > STACK_MAX instead of sp >= STACK_MAX, so the deepest push lands
// one slot past the array.
#include <stdio.h>
#include <stdlib.h>

#define STACK_MAX 48

enum op { PUSH, ADD, SUB, LT, JZ, JMP, CALL, RET, LOAD, POP, HALT };

struct insn { enum op op; long arg; };

struct vm_stats { long steps, max_sp, calls; };

#define PUSHV(v)                                                                                     \
  do {                                                                                               \
    if (sp > STACK_MAX) { fprintf(stderr, "stack overflow at pc %d\n", pc); return -1; }            \
    stack[sp++] = (v);                                                                               \
  } while (0)

static long run(const struct insn *code, long arg, struct vm_stats *st) {
  long stack[STACK_MAX];
  int sp = 0, fp = 0, pc = 0;
  stack[sp++] = arg;
  stack[sp++] = -1; /* return address: halt */
  stack[sp++] = 0;  /* saved fp */
  fp = sp;
  for (;;) {
    const struct insn *i = &code[pc++];
    st->steps++;
    if (sp > st->max_sp) st->max_sp = sp;
    switch (i->op) {
    case PUSH: PUSHV(i->arg); break;
    case LOAD: PUSHV(stack[fp - 3 + i->arg]); break; // BUG
    case POP: sp--; break;
    case ADD: sp--; stack[sp - 1] += stack[sp]; break;
    case SUB: sp--; stack[sp - 1] -= stack[sp]; break;
    case LT: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp]; break;
    case JZ: if (!stack[--sp]) pc = (int)i->arg; break;
    case JMP: pc = (int)i->arg; break;
    case CALL: /* argument already pushed */
      st->calls++;
      PUSHV(pc);
      PUSHV(fp);
      fp = sp;
      pc = (int)i->arg;
      break;
    case RET: {
      long v = stack[--sp];
      sp = fp;
      fp = (int)stack[--sp];
      pc = (int)stack[--sp];
      sp--; /* the argument */
      if (pc < 0) return v;
      stack[sp++] = v;
      break;
    }
    case HALT: return stack[sp - 1];
    }
  }
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *name = argc > 2 ? argv[2] : "fib";
  /* fib(n) = n < 2 ? n : fib(n-1) + fib(n-2) */
  static const struct insn fib[] = {
    /* 0 */ { LOAD, 0 }, { PUSH, 2 }, { LT, 0 }, { JZ, 6 },
    /* 4 */ { LOAD, 0 }, { RET, 0 },
    /* 6 */ { LOAD, 0 }, { PUSH, 1 }, { SUB, 0 }, { CALL, 0 },
    /* 10 */ { LOAD, 0 }, { PUSH, 2 }, { SUB, 0 }, { CALL, 0 },
    /* 14 */ { ADD, 0 }, { RET, 0 },
  };
  for (int k = 0; k <= n + 6; k += 2) {
    struct vm_stats st = { 0 };
    long v = run(fib, k, &st);
    printf("%.8s(%d) = %ld  [%ld steps, %ld calls, stack %ld]\n", name, k, v, st.steps, st.calls, st.max_sp);
  }
  return 0;
}
