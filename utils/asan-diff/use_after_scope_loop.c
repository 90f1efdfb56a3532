// EXPECT: stack-use-after-scope
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  volatile char *p = 0;
  for (int i = 0; i < 3; i++) {
    char c[8];
    c[0] = i;
    if (i == 1) p = c;
  }
  p[0] = 2; // BUG
  return argc > 100;
}
