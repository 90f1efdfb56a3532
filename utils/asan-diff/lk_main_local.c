// EXPECT: leak
// At -O0 both tools report. At -O1 and up, LLVM removes the unused malloc from the ASan build, so ASan has nothing to report; memscope keeps the call.
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int *p = malloc(40 * sizeof(int));
  p[0] = argc;
  printf("%d\n", p[0]);
  return 0;
}
