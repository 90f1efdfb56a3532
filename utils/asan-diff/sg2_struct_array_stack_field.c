// EXPECT: stack-buffer-overflow
// A loop over an array of structs on the stack runs one element too far and
// writes a field of the element past the end.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct Item { char name[6]; short w; };
int main(int argc, char **argv) {
  struct Item items[5];
  int n = atoi(argv[1]) / 2 + 1; /* 6 */
  for (int i = 0; i < n; i++) {
    memcpy(items[i < 5 ? i : 0].name, "item", 5);
    items[i].w = (short)(i * argc); // BUG
  }
  printf("%s %d\n", items[2].name, items[2].w);
  return 0;
}
