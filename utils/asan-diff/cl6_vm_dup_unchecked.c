// EXPECT: stack-buffer-overflow
// A stack-machine interpreter with a local operand stack of 16 slots.
// PUSH and LOAD check for a full stack before pushing, but DUP only checks
// that there is something to duplicate; a program that fills the stack
// and then duplicates the top writes the 17th slot past the array.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { PUSH, ADD, DUP, LOAD, STORE, HALT };
enum { STACK = 16 };

__attribute__((noinline)) static long run(const unsigned char *code, size_t len) {
  long st[STACK];
  long vars[4] = {0, 0, 0, 0};
  int sp = 0;
  for (size_t pc = 0; pc < len;) {
    switch (code[pc++]) {
    case PUSH:
      if (sp >= STACK) return -1;
      st[sp++] = code[pc++];
      break;
    case LOAD:
      if (sp >= STACK) return -1;
      st[sp++] = vars[code[pc++] & 3];
      break;
    case STORE:
      if (sp < 1) return -2;
      vars[code[pc++] & 3] = st[--sp];
      break;
    case ADD:
      if (sp < 2) return -2;
      st[sp - 2] += st[sp - 1];
      sp--;
      break;
    case DUP:
      if (sp < 1) return -2;
      st[sp] = st[sp - 1];  // BUG
      sp++;
      break;
    case HALT:
      return sp ? st[sp - 1] : 0;
    default:
      return -9;
    }
  }
  return sp ? st[sp - 1] : 0;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  unsigned char code[64];
  size_t k = 0;
  code[k++] = PUSH;
  code[k++] = (unsigned char)n;
  for (int i = 0; i < n + 6; i++) code[k++] = DUP;  // 17 values wanted
  for (int i = 0; i < n + 6; i++) code[k++] = ADD;
  code[k++] = HALT;
  printf("%ld\n", run(code, k));
  return 0;
}
