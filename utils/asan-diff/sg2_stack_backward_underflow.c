// EXPECT: stack-buffer-underflow
// A backward shift loop runs down to index -1.
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  long v[12];
  for (int i = 0; i < 12; i++) v[i] = i * argc;
  int stop = 9 - atoi(argv[1]); /* -1 */
  for (int i = 11; i > stop; i--) v[i] = v[i - 1]; // BUG
  printf("%ld\n", v[5]);
  return 0;
}
