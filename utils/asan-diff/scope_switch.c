// EXPECT: stack-use-after-scope
#include <stdio.h>
#include <stdlib.h>
int *volatile keep;
int main(int argc, char **argv) {
  switch (atoi(argv[1])) {
  case 10: { int x = 4; keep = &x; break; }
  default: break;
  }
  printf("%d\n", *keep); // BUG
  return 0;
}
