// EXPECT: global-buffer-overflow
// A static const table of function-name pointers indexed by an enum value
// one past its last entry: the pointer itself is read out of bounds.
#include <stdio.h>
#include <stdlib.h>
enum Op { ADD, SUB, MUL, NOPS };
static const char *const op_names[NOPS] = {"add", "sub", "mul"};
__attribute__((noinline)) static const char *name_of(int op) {
  return op_names[op]; // BUG
}
int main(int argc, char **argv) {
  int op = atoi(argv[1]) - 7; /* 3 == NOPS */
  const char *n = name_of(op);
  printf("%p %d\n", (const void *)n, argc);
  return 0;
}
