// EXPECT: stack-buffer-overflow
// Concatenation with a chain of stpcpy calls into a fixed stack buffer (ASan does not check stpcpy).
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) {
  char key[24];
  char *p = key;
  p = stpcpy(p, argv[1]);
  p = stpcpy(p, ":");
  p = stpcpy(p, argv[2]); // BUG
  printf("%zu %c\n", (size_t)(p - key), key[0]);
  return 0;
}
