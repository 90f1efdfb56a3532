// EXPECT: stack-buffer-overflow
// An array of structs on the stack; the tag array inside the last element is
// written past its end and past the padding, beyond the whole local array.
#include <stdio.h>
#include <stdlib.h>
struct row { int id; char tag[6]; };
int main(int argc, char **argv) {
  struct row rows[4];
  int k = atoi(argv[1]) - 2; // 8
  for (int i = 0; i < 4; i++) { rows[i].id = i; for (int j = 0; j < 6; j++) rows[i].tag[j] = 'a' + j; }
  rows[3].tag[k] = 'z'; // BUG
  printf("%d %c\n", rows[argc].id, rows[0].tag[1]);
  return 0;
}
