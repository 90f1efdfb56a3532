// EXPECT: none
// A register-less bytecode VM computing Ackermann-like recursion (sum of a countdown, done
// recursively) whose value stack is a local array; the push check is sp >= STACK_MAX, and the
// program's depth is chosen so the deepest push uses the array's last slot exactly. A deeper
// run fails cleanly with a stack-overflow status.
#include <stdio.h>
#include <stdlib.h>

#define STACK_MAX 37

enum op { LIT, ARG, DUP, ADD, DEC, JNZ, CALL, RET };
struct ins { enum op op; int a; };

static int run(const struct ins *code, long arg, long *result, int *max_sp) {
  long st[STACK_MAX];
  int sp = 0, fp, pc = 0;
#define PUSH(v) do { if (sp >= STACK_MAX) return -1; st[sp++] = (v); } while (0)
  PUSH(arg);
  PUSH(-1); /* return pc */
  PUSH(0);  /* saved fp */
  fp = sp;
  for (;;) {
    if (sp > *max_sp) *max_sp = sp;
    const struct ins *i = &code[pc++];
    switch (i->op) {
    case LIT: PUSH(i->a); break;
    case ARG: PUSH(st[fp - 3]); break;
    case DUP: { long v = st[sp - 1]; PUSH(v); } break;
    case ADD: sp--; st[sp - 1] += st[sp]; break;
    case DEC: st[sp - 1]--; break;
    case JNZ: if (st[--sp]) pc = i->a; break;
    case CALL: PUSH(pc); PUSH(fp); fp = sp; pc = i->a; break;
    case RET: {
      long v = st[--sp];
      sp = fp;
      fp = (int)st[--sp];
      pc = (int)st[--sp];
      sp--;
      if (pc < 0) { *result = v; return 0; }
      PUSH(v);
    } break;
    }
  }
#undef PUSH
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *label = argc > 2 ? argv[2] : "sum";
  /* sum(k) = k == 0 ? 0 : k + sum(k - 1); frames are 3 slots plus 1-2 temporaries */
  static const struct ins code[] = {
    /* 0 */ { ARG, 0 }, { JNZ, 3 }, { LIT, 0 },
    /* 3 */ { ARG, 0 }, { JNZ, 6 }, { RET, 0 },
    /* 6 */ { ARG, 0 }, { ARG, 0 }, { DEC, 0 }, { CALL, 0 }, { ADD, 0 }, { RET, 0 },
  };
  int depth_ok = 0;
  for (int k = 0; k <= n + 2; k++) {
    long r = 0;
    int max_sp = 0;
    int st = run(code, k, &r, &max_sp);
    if (st == 0) depth_ok = k;
    printf("%.5s(%2d) = %4ld  stack %2d/%d%s\n", label, k, r, max_sp, STACK_MAX, st ? "  (overflow)" : "");
  }
  printf("deepest ok: %d\n", depth_ok);
  return 0;
}
