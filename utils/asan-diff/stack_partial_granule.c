// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  char a[13];
  for (int i = 0; i < 13; i++) a[i] = (char)(i + argc);
  int k = atoi(argv[1]) + 3;
  printf("%d\n", a[k]); // BUG
  return 0;
}
